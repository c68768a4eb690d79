using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

/// <summary>An agenda topic. <see cref="IsPrivate"/> topics are only ever shown to their author.</summary>
public sealed record AgendaItemInfo(Guid Id, string Section, string Text, PersonRef Author, bool IsPrivate, int Position, bool Discussed,
    int TimesCarried, bool Mine);
