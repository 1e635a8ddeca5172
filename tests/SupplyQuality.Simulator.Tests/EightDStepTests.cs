using SupplyQuality.Contracts.V1;
using SupplyQuality.Simulator.Generation;

namespace SupplyQuality.Simulator.Tests;

/// <summary>A repeated run skips exactly the 8D steps the hub already shows (the workflow calls carry no request id).</summary>
public sealed class EightDStepTests
{
    private static EightDStep Step(int revision, DisciplineStatus after) => new(
        TimeSpan.Zero,
        Chains.AsOf,
        Discipline.D3Containment,
        revision,
        after,
        after == DisciplineStatus.Submitted ? new SubmitDisciplineRequest { Discipline = Discipline.D3Containment } : null,
        after == DisciplineStatus.Submitted ? null : new ReviewDisciplineRequest { Discipline = Discipline.D3Containment });

    private static EightDReport Report(int revision, DisciplineStatus status) => new()
    {
        EightDId = "8D-1",
        Disciplines = { new DisciplineRecord { Discipline = Discipline.D3Containment, Revision = revision, Status = status } },
    };

    [Theory]
    [InlineData(0, DisciplineStatus.NotSubmitted, 1, DisciplineStatus.Submitted, false)]
    [InlineData(1, DisciplineStatus.Submitted, 1, DisciplineStatus.Submitted, true)]
    [InlineData(1, DisciplineStatus.Submitted, 1, DisciplineStatus.Rejected, false)]
    [InlineData(1, DisciplineStatus.Rejected, 1, DisciplineStatus.Rejected, true)]
    [InlineData(1, DisciplineStatus.Rejected, 2, DisciplineStatus.Submitted, false)]
    [InlineData(2, DisciplineStatus.Submitted, 1, DisciplineStatus.Rejected, true)]
    [InlineData(2, DisciplineStatus.Approved, 2, DisciplineStatus.Approved, true)]
    [InlineData(2, DisciplineStatus.Submitted, 2, DisciplineStatus.Approved, false)]
    public void A_step_is_done_when_the_discipline_has_reached_its_revision_and_status(
        int hubRevision, DisciplineStatus hubStatus, int stepRevision, DisciplineStatus stepStatus, bool done) =>
        Assert.Equal(done, Step(stepRevision, stepStatus).IsDoneIn(Report(hubRevision, hubStatus)));

    [Fact]
    public void The_request_for_an_8d_carries_its_id_and_leaves_the_plan_untouched()
    {
        var step = Step(1, DisciplineStatus.Submitted);
        var request = (SubmitDisciplineRequest)step.RequestFor("8D-XYZ");
        Assert.Equal("8D-XYZ", request.EightDId);
        Assert.Equal("", step.Submit!.EightDId);
    }
}
