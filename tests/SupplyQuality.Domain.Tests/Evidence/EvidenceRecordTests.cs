using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Evidence;
using SupplyQuality.Domain.Tests.Fixtures;
using SupplyQuality.Domain.Validation;

namespace SupplyQuality.Domain.Tests.Evidence;

/// <summary>Evidence records on NCRs and 8D disciplines: idempotent by id, checked, refused once closed.</summary>
public class EvidenceRecordTests
{
    private static readonly DateTimeOffset T0 = RelationFixtures.T0;

    private static EvidenceFile File(string id) => new(id, "report.pdf", "application/pdf", 10_000, new string('0', 63) + "f", "Li Wei", T0);

    [Fact]
    public void Attaching_the_same_file_id_again_changes_nothing()
    {
        var ncr = RelationFixtures.Ncr("NCR-1");

        var once = ncr.AttachEvidence(File("EV-1"), T0.AddHours(2));
        var twice = once.AttachEvidence(File("EV-1"), T0.AddHours(3));

        Assert.Equal(["EV-1"], once.Evidence.Select(e => e.Id));
        Assert.Equal(ncr.Version + 1, once.Version);
        Assert.Same(once, twice);
    }

    [Fact]
    public void A_closed_ncr_takes_no_more_evidence()
    {
        var closed = RelationFixtures.Ncr("NCR-1").AssignToEightD("8D-1", T0).Close(T0.AddDays(1));

        Assert.Equal("ncr.closed", Assert.Throws<WorkflowRuleException>(() => closed.AttachEvidence(File("EV-1"), T0.AddDays(2))).Rule);
    }

    [Fact]
    public void The_record_is_checked_field_by_field()
    {
        var bad = new EvidenceFile("EV 1", string.Empty, "image/png", 0, "ABC", "Li Wei", T0);

        var ex = Assert.Throws<InputValidationException>(() => RelationFixtures.Ncr("NCR-1").AttachEvidence(bad, T0));

        Assert.Equal(["file.id", "file.file_name", "file.length", "file.sha256"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_new_ncr_has_an_empty_list_even_when_built_without_one()
    {
        var ncr = RelationFixtures.Ncr("NCR-1") with { Evidence = default };

        Assert.Empty(ncr.Evidence);
    }

    [Fact]
    public void Discipline_evidence_stays_across_revisions_and_is_no_new_version()
    {
        var at = EightDFixtures.RequestedAt;
        var report = EightDFixtures.NewReport().Submit(Discipline.D0Preparation, at);

        var attached = report.AttachEvidence(Discipline.D0Preparation, File("EV-1"));
        var resubmitted = attached.Reject(Discipline.D0Preparation, at.AddHours(1)).Submit(Discipline.D0Preparation, at.AddHours(2));

        Assert.Equal(report.Version, attached.Version);
        Assert.Same(attached, attached.AttachEvidence(Discipline.D0Preparation, File("EV-1")));
        Assert.Equal(2, resubmitted[Discipline.D0Preparation].Revision);
        Assert.Equal(["EV-1"], resubmitted[Discipline.D0Preparation].Evidence.Select(e => e.Id));
        Assert.Empty(resubmitted[Discipline.D1Team].Evidence);
    }

    [Fact]
    public void A_closed_8D_takes_no_more_evidence()
    {
        var at = EightDFixtures.RequestedAt;
        var closed = EightDFixtures.NewReport().ApprovedThrough(Discipline.D8Closure, at);

        var ex = Assert.Throws<WorkflowRuleException>(() => closed.AttachEvidence(Discipline.D8Closure, File("EV-1")));

        Assert.Equal("8d.closed", ex.Rule);
    }
}
