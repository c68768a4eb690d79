using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Tandem.Data;

/// <summary>
/// "This column starts with the prefix" as a range of its index (prefix &lt;= x &lt; end), which both databases answer
/// from a B-tree, plus StartsWith to keep the answer exact. StartsWith alone is a LIKE, which PostgreSQL reads from an
/// index only under the C collation; the range needs the column to compare code points (the C collation there, SQLite's
/// BINARY here). The prefix and its end go as parameters, so one query plan serves every prefix.
/// </summary>
public static class Prefix
{
    public static Expression<Func<T, bool>> Of<T>(Expression<Func<T, string>> column, string prefix)
    {
        var end = End(prefix);
        Expression<Func<string, bool>> test = value =>
            string.Compare(value, prefix) >= 0 && (end == null || string.Compare(value, end) < 0) && value.StartsWith(prefix);
        return Expression.Lambda<Func<T, bool>>(ReplacingExpressionVisitor.Replace(test.Parameters[0], column.Body, test.Body), column.Parameters);
    }

    /// <summary>
    /// The first string after every string that starts with <paramref name="prefix"/>: its last character raised by one.
    /// A prefix whose last characters have no such successor (a surrogate, U+FFFE, U+FFFF) is cut to a shorter one, which
    /// still holds every match; with none left there is no end (null).
    /// </summary>
    public static string? End(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && (char.IsSurrogate(prefix[end - 1]) || prefix[end - 1] >= '\uFFFE')) end--;
        return end == 0 ? null : prefix[..(end - 1)] + (char)(prefix[end - 1] + 1);
    }
}
