namespace Tandem.Features.OneOnOnes;

public enum CommitmentState
{
    Open,
    Overdue,
    DoneOnTime,
    DoneLate,
}
