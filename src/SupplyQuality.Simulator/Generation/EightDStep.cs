using Google.Protobuf;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Simulator.Generation;

/// <summary>
/// One step of an 8D: the supplier submits a discipline or the OEM reviews it. Its request leaves eight_d_id empty;
/// the sender fills in the id the hub gave the 8D.
/// </summary>
/// <param name="Offset">Time since the 8D was requested, in the simulated history.</param>
/// <param name="Revision">The discipline's revision after this step (how many times it has been submitted).</param>
/// <param name="StatusAfter">The discipline's status after this step.</param>
public sealed record EightDStep(
    TimeSpan Offset,
    DateTimeOffset At,
    Discipline Discipline,
    int Revision,
    DisciplineStatus StatusAfter,
    SubmitDisciplineRequest? Submit,
    ReviewDisciplineRequest? Review)
{
    public RequestKind Kind => Submit is not null ? RequestKind.SubmitDiscipline : RequestKind.ReviewDiscipline;

    public IMessage Request => (IMessage?)Submit ?? Review!;

    /// <summary>Whether the 8D already shows this step's effect, so it must not be sent again (the workflow calls
    /// carry no request id). Steps of one discipline raise (revision, submitted &lt; reviewed) strictly.</summary>
    public bool IsDoneIn(EightDReport report)
    {
        var record = report.Disciplines.FirstOrDefault(d => d.Discipline == Discipline);
        if (record is null)
        {
            return false;
        }

        return (record.Revision, Rank(record.Status)).CompareTo((Revision, Rank(StatusAfter))) >= 0;
    }

    /// <summary>This step's request for the 8D the hub calls <paramref name="eightDId"/>.</summary>
    public IMessage RequestFor(string eightDId)
    {
        if (Submit is not null)
        {
            var submit = Submit.Clone();
            submit.EightDId = eightDId;
            return submit;
        }

        var review = Review!.Clone();
        review.EightDId = eightDId;
        return review;
    }

    private static int Rank(DisciplineStatus status) => status switch
    {
        DisciplineStatus.Submitted => 1,
        DisciplineStatus.Approved or DisciplineStatus.Rejected => 2,
        _ => 0,
    };
}
