using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Comments and project files cite only files that exist in the repository: a reader who follows "see
/// docs/security.md" or "Data/Tenancy.cs" finds it, in a clone that has nothing but the repository.
/// </summary>
public sealed partial class CitationRulesTests
{
    [Fact]
    public void EveryFileACommentOrProjectNames_IsInTheRepository()
    {
        var files = Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Where(f => !Regex.IsMatch(f, "(^|/)(bin|obj|node_modules|\\.git|artifacts)/", RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)))
            .ToList();
        var names = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var sources = files.Where(f => (f.StartsWith("src/", StringComparison.Ordinal) || f.StartsWith("tests/", StringComparison.Ordinal)
                                        || f.StartsWith("bench/", StringComparison.Ordinal))
                                       && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)
                                           || f.EndsWith(".csproj", StringComparison.Ordinal))
                                       && !f.Contains("/Migrations/", StringComparison.Ordinal));
        var missing = new List<string>();
        foreach (var source in sources)
        {
            foreach (Match cited in Citation().Matches(File.ReadAllText(Path.Combine(Repository.Root, source))))
            {
                var path = cited.Groups["path"].Value;
                var found = path.Contains('/', StringComparison.Ordinal)
                    ? files.Any(f => f == path || f.EndsWith("/" + path, StringComparison.Ordinal))
                    : names.Contains(path);
                if (!found) missing.Add($"{source}: {path}");
            }
        }
        Assert.True(missing.Count == 0, "These files are cited but not in the repository:\n" + string.Join("\n", missing.Distinct()));
    }

    // A file name with an extension we keep, not part of a URL or route ("/openapi/v1.json"), a placeholder ("<output.md>")
    // or a pattern ("{feature}Feature.cs", "*Service.cs").
    [GeneratedRegex(@"(?<![/<\w.$*}-])(?<path>[A-Za-z0-9_][A-Za-z0-9_./-]*\.(cs|razor|md|sh|lua|csproj|yaml|js|css))\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Citation();
}
