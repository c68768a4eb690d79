namespace Tandem.Features.Development;

public enum EvidenceKind
{
    Goal,
    Feedback,
}
