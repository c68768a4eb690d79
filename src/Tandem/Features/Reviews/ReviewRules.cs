namespace Tandem.Features.Reviews;

/// <summary>The limits of templates, cycles and reviews, shared by the services, the EF model and the forms.</summary>
public static class ReviewRules
{
    public const int NameMax = 120;
    public const int DescriptionMax = 1000;
    public const int QuestionMax = 400;
    public const int SectionsMax = 10;
    public const int QuestionsMax = 15;
    public const int ScaleMin = 2;
    public const int ScaleMax = 10;
    public const int LabelMax = 40;
    public const int AnswerMax = 5000;
    public const int CommentMax = 2000;
    public const int CitationsMax = 20;
    public const int PeersMin = 3;
    public const int PeersMax = 5;
    public const int DepartmentTemplatesMax = 50;
    public const int PopulationIdsMax = 200;

    /// <summary>The phases a cycle goes through, in order, given what it uses.</summary>
    public static List<CyclePhase> Phases(bool peers, bool upward, bool calibration)
    {
        List<CyclePhase> phases = [CyclePhase.SelfReview];
        if (peers) phases.Add(CyclePhase.PeerNomination);
        if (peers || upward) phases.Add(CyclePhase.PeerReview);
        phases.Add(CyclePhase.ManagerReview);
        if (calibration) phases.Add(CyclePhase.Calibration);
        phases.Add(CyclePhase.Released);
        phases.Add(CyclePhase.Closed);
        return phases;
    }

    public static List<CyclePhase> Phases(ReviewCycle cycle) => Phases(cycle.PeerReviews, cycle.UpwardReviews, cycle.Calibration);

    /// <summary>The phase after the current one; null when the cycle is closed.</summary>
    public static CyclePhase? Next(ReviewCycle cycle)
    {
        if (cycle.Phase == CyclePhase.Draft) return CyclePhase.SelfReview;
        var phases = Phases(cycle);
        var at = phases.IndexOf(cycle.Phase);
        return at >= 0 && at + 1 < phases.Count ? phases[at + 1] : null;
    }

    /// <summary>The last phase in which a review of this kind may be written.</summary>
    public static CyclePhase WritableUntil(ReviewKind kind) => kind switch
    {
        ReviewKind.Self => CyclePhase.SelfReview,
        ReviewKind.Peer or ReviewKind.Upward => CyclePhase.PeerReview,
        _ => CyclePhase.ManagerReview,
    };

    /// <summary>Whether a review of this kind may be changed in the cycle's phase.</summary>
    public static bool IsWritable(ReviewKind kind, CyclePhase phase) => phase != CyclePhase.Draft && phase <= WritableUntil(kind);

    /// <summary>The due date of a kind of review in a cycle.</summary>
    public static DateOnly DueDate(ReviewKind kind, PhaseDates dates) => kind switch
    {
        ReviewKind.Self => dates.SelfReviewDue,
        ReviewKind.Peer or ReviewKind.Upward => dates.PeerReviewDue ?? dates.ManagerReviewDue,
        _ => dates.ManagerReviewDue,
    };

    public static ReviewWriters Writer(ReviewKind kind) => kind switch
    {
        ReviewKind.Self => ReviewWriters.Self,
        ReviewKind.Manager => ReviewWriters.Manager,
        ReviewKind.Peer => ReviewWriters.Peer,
        _ => ReviewWriters.Upward,
    };

    public static string Label(CyclePhase phase) => phase switch
    {
        CyclePhase.Draft => "Not open yet",
        CyclePhase.SelfReview => "Self reviews",
        CyclePhase.PeerNomination => "Peer nominations",
        CyclePhase.PeerReview => "Peer and upward reviews",
        CyclePhase.ManagerReview => "Manager reviews",
        CyclePhase.Calibration => "Calibration",
        CyclePhase.Released => "Released: conversations and acknowledgements",
        _ => "Closed",
    };

    public static string Label(CycleKind kind) => kind switch
    {
        CycleKind.HalfYear => "Half-year",
        CycleKind.AdHoc => "Ad hoc",
        _ => kind.ToString(),
    };

    public static string Label(ReviewKind kind) => kind switch
    {
        ReviewKind.Self => "Self review",
        ReviewKind.Manager => "Manager review",
        ReviewKind.Peer => "Peer review",
        _ => "Upward review",
    };

    /// <summary>The heading of a kind of evidence in the packet.</summary>
    public static string Label(CitationKind kind) => kind switch
    {
        CitationKind.Goal => "Goals",
        CitationKind.CheckIn => "Check-ins",
        CitationKind.Feedback => "Feedback received",
        CitationKind.Meeting => "1:1s: wins and shared notes",
        CitationKind.Commitment => "Commitments",
        CitationKind.DevelopmentAction => "Development plan",
        _ => "Capability assessments",
    };
}
