namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>How the checker reads one root cause's description; <see cref="Phrase"/> is the slip it names, if any.</summary>
internal sealed record CauseReading(CauseReadingKind Kind, string? Phrase)
{
    public static CauseReading Of(string? description, IReadOnlyList<string> symptoms)
    {
        if (Wording.IsBlank(description))
        {
            return new(CauseReadingKind.Blank, null);
        }

        var text = Wording.Normalize(description);
        bool systemic = Wording.ContainsAny(text, CheckerVocabulary.SystemicCause);
        if (Wording.FindAny(text, CheckerVocabulary.OperatorError) is { } slip)
        {
            return new(systemic ? CauseReadingKind.Cause : CauseReadingKind.Slip, slip);
        }

        if (systemic || Wording.ContainsAny(text, CheckerVocabulary.CauseMarker))
        {
            return new(CauseReadingKind.Cause, null);
        }

        // The D0 symptom or the D2 "what" said again; or defect words with nothing that explains them, and when the
        // reported problem is known, the same defect words as it: "surface finish out of tolerance" is a fair cause
        // of a leak, but not of a report about tolerances.
        bool restated = symptoms.Any(s => s == text || (text.Length >= 4 && s.Contains(text, StringComparison.Ordinal)));
        var defectWords = Wording.FindAll(Wording.Without(text, CheckerVocabulary.SymptomLookalikes), CheckerVocabulary.Symptom).ToList();
        bool namesTheProblem = defectWords.Count > 0
            && (symptoms.Count == 0 || symptoms.Any(s => Wording.FindAll(s, CheckerVocabulary.Symptom).Intersect(defectWords, StringComparer.Ordinal).Any()));
        return restated || namesTheProblem
            ? new(CauseReadingKind.Symptom, null)
            : new(CauseReadingKind.Cause, null);
    }
}
