using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Every feature folder has the same parts with the same names, and features depend on each other one way
/// (docs/architecture.md, "One shape for every feature"). Home is the exception by design: pages that bring several
/// features together, with no data and no rules of their own.
/// </summary>
public sealed partial class FeatureShapeTests
{
    private const string Composition = "Home";

    private static readonly string FeaturesRoot = Path.Combine(Repository.Root, "src", "Tandem", "Features");

    private static IEnumerable<string> Features() =>
        Directory.GetDirectories(FeaturesRoot).Select(Path.GetFileName).OfType<string>().Where(f => f != Composition).Order(StringComparer.Ordinal);

    [Fact]
    public void EveryFeature_HasItsRegistrationApiServiceQueriesAccessAndPages()
    {
        var missing = new List<string>();
        foreach (var feature in Features())
        {
            var folder = Path.Combine(FeaturesRoot, feature);
            var files = Directory.GetFiles(folder, "*.cs").Select(Path.GetFileName).OfType<string>().ToList();
            void Need(bool present, string part)
            {
                if (!present) missing.Add($"{feature}: {part}");
            }
            Need(files.Contains($"{feature}Feature.cs"), $"{feature}Feature.cs (Add{feature}Feature, Map{feature}Feature)");
            Need(files.Contains($"{feature}Api.cs"), $"{feature}Api.cs");
            Need(files.Any(f => Path.GetFileNameWithoutExtension(f).EndsWith("Service", StringComparison.Ordinal)), "a *Service.cs with the rules");
            Need(files.Any(f => Path.GetFileNameWithoutExtension(f).EndsWith("Queries", StringComparison.Ordinal)), "a *Queries.cs with the reads");
            Need(files.Any(f => Path.GetFileNameWithoutExtension(f).EndsWith("Access", StringComparison.Ordinal)), "an *Access.cs with who may do what");
            Need(Directory.Exists(Path.Combine(folder, "Pages")) && Directory.GetFiles(Path.Combine(folder, "Pages"), "*.razor").Length > 0, "Pages/");
        }
        Assert.True(missing.Count == 0, "Missing parts:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryEntityConfiguration_HasAFileOfItsOwn_NextToItsEntity()
    {
        var sources = Repository.AppSourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        var declaredIn = sources.SelectMany(f => TopLevelType().Matches(File.ReadAllText(f)).Select(t => (Type: t.Groups["name"].Value, File: f)))
            .DistinctBy(d => d.Type).ToDictionary(d => d.Type, d => d.File, StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var file in sources)
        {
            foreach (Match m in Configuration().Matches(File.ReadAllText(file)))
            {
                var (name, entity) = (m.Groups["name"].Value, m.Groups["entity"].Value);
                var entityFile = declaredIn.GetValueOrDefault(entity);
                if (Path.GetFileName(file) != name + ".cs" || name != entity + "Configuration"
                    || entityFile is null || Path.GetDirectoryName(entityFile) != Path.GetDirectoryName(file))
                    wrong.Add($"{name} (for {entity}) in {Path.GetRelativePath(Repository.Root, file)}");
            }
        }
        Assert.True(wrong.Count == 0, "A configuration is named {Entity}Configuration, alone in its file, in the folder of its entity:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void NoFeatureDependsOnHome_AndHomeOwnsNoData()
    {
        var home = Path.Combine(FeaturesRoot, Composition);
        Assert.DoesNotContain(Directory.GetFiles(home, "*.cs", SearchOption.AllDirectories), f => Configuration().IsMatch(File.ReadAllText(f)));
        var offenders = FeatureDependencies.Uses().Where(u => u.Value.Contains(Composition)).Select(u => u.Key).ToList();
        Assert.True(offenders.Count == 0, "Features do not use Home's pages: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Features_DependOnEachOtherOneWay()
    {
        var uses = FeatureDependencies.Uses();
        var features = uses.Keys.Order(StringComparer.Ordinal).ToList();
        var cycles = from a in features
                     from b in features
                     where string.CompareOrdinal(a, b) < 0 && Reaches(uses, a, b) && Reaches(uses, b, a)
                     select $"{a} ↔ {b}";
        var found = cycles.ToList();
        Assert.True(found.Count == 0, $"Features that use each other: {string.Join(", ", found)}. Let one ask the other through a small interface"
            + " it declares (as Development does with IManagerMeetings and IFeedbackEvidence). What each feature uses:\n"
            + string.Join("\n", uses.Select(u => $"{u.Key} → {string.Join(", ", u.Value.Order(StringComparer.Ordinal))}")));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var next = new Queue<string>(uses[from]);
        while (next.TryDequeue(out var current))
        {
            if (current == to) return true;
            foreach (var target in uses.GetValueOrDefault(current, [])) if (seen.Add(target)) next.Enqueue(target);
        }
        return false;
    }

    [GeneratedRegex(@"^(?:public|internal) (?:sealed |static |abstract |partial )*(?:class|record|enum|interface|struct) (?<name>[A-Z]\w*)", RegexOptions.Multiline | RegexOptions.ExplicitCapture)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"class (?<name>\w+) : IEntityTypeConfiguration<(?<entity>\w+)>", RegexOptions.ExplicitCapture)]
    private static partial Regex Configuration();
}
