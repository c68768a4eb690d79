namespace Tandem.Tests.Infrastructure;

/// <summary>The clone the tests run from, for tests that read its files or run its tools.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The C# and Razor files of the app (src/Tandem), without build output.</summary>
    public static IEnumerable<string> AppSourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", "Tandem"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Tandem.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Tandem.slnx not found above " + AppContext.BaseDirectory);
    }
}
