namespace Tandem.Common;

/// <summary>How Tandem keeps what people type: trimmed, and nothing when there is nothing but white space.</summary>
public static class Text
{
    /// <summary>The value without surrounding white space, or null when it is empty or only white space.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// The first string after every string that starts with <paramref name="prefix"/>, so that a prefix search is a range
    /// of an index (prefix &lt;= x &lt; end) on both databases: its last character raised by one. A prefix whose last
    /// characters have no such successor (a surrogate, U+FFFE, U+FFFF) is cut to a shorter one, which still holds every
    /// match (pair the range with StartsWith to keep the answer exact); with none left there is no end (null).
    /// </summary>
    public static string? PrefixEnd(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && (char.IsSurrogate(prefix[end - 1]) || prefix[end - 1] >= '\uFFFE')) end--;
        return end == 0 ? null : prefix[..(end - 1)] + (char)(prefix[end - 1] + 1);
    }
}
