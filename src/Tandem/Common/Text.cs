namespace Tandem.Common;

/// <summary>How Tandem keeps what people type: trimmed, and nothing when there is nothing but white space.</summary>
public static class Text
{
    /// <summary>The value without surrounding white space, or null when it is empty or only white space.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
