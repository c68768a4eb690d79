namespace Tandem.Features.Talent;

/// <summary>The limits and words of talent review and succession.</summary>
public static class TalentRules
{
    public const int NameMax = 120;
    public const int NotesMax = 2000;
    public const int ParticipantsMax = 50;
    public const int RolesMax = 500;
    public const int SuccessorsMax = 10;

    public static string Label(Readiness readiness) => readiness switch
    {
        Readiness.ReadyNow => "Ready now",
        Readiness.OneToTwoYears => "Ready in 1–2 years",
        _ => "Ready in 3 years or more",
    };

    public static string Label(Level? level) => level switch
    {
        Level.Low => "Low",
        Level.Medium => "Medium",
        Level.High => "High",
        _ => "Not assessed",
    };

    public const string DoesNotWantToLead = "Said in their shared development plan that they don't want to lead people; this role leads people.";

    /// <summary>
    /// Whether a successor's own destination (their development plan's, in their words) names none of the role's words: a
    /// nomination they might not want. Words of four letters or more are compared, ignoring case; no destination, no warning.
    /// </summary>
    public static bool AimsElsewhere(string roleTitle, string? aspiration)
    {
        if (string.IsNullOrWhiteSpace(aspiration)) return false;
        var wanted = Words(aspiration);
        return !Words(roleTitle).Any(wanted.Contains);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split((char[])[' ', ',', '.', ';', ':', '/', '-', '(', ')', '&', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4).Select(w => w.ToLowerInvariant())];
}
