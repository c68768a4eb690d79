namespace Tandem.Features.Notifications.Pages;

/// <summary>A delivery form's choices: kind name → delivery name ("" for the default).</summary>
public static class DeliveryChoices
{
    /// <summary>The choices of a form (Input.Deliveries[kind]).</summary>
    public static Dictionary<string, string> From(IEnumerable<(NoticeKind Kind, NoticeDelivery? Chosen)> kinds) =>
        kinds.ToDictionary(k => k.Kind.ToString(), k => k.Chosen?.ToString() ?? "", StringComparer.Ordinal);

    /// <summary>The choices as the service takes them; a name that is no kind Tandem has is left to the service to refuse.</summary>
    public static List<KindDelivery> ToInput(Dictionary<string, string>? choices) =>
        [.. (choices ?? []).Select(c => new KindDelivery(Enum.TryParse<NoticeKind>(c.Key, out var kind) && Enum.IsDefined(kind) ? kind : (NoticeKind)(-1),
            Enum.TryParse<NoticeDelivery>(c.Value, out var delivery) && Enum.IsDefined(delivery) ? delivery : null))];

    /// <summary>What a form shows as chosen for a kind: what was posted, else nothing (the default).</summary>
    public static NoticeDelivery? Chosen(Dictionary<string, string>? choices, NoticeKind kind) =>
        choices?.GetValueOrDefault(kind.ToString()) is { } posted && Enum.TryParse<NoticeDelivery>(posted, out var d) && Enum.IsDefined(d) ? d : null;
}
