namespace Tandem.Features.Audit;

/// <summary>People's names for the audit log, which records only ids. People answers it; Audit knows nothing else of them.</summary>
public interface IPersonNames
{
    /// <summary>The names of those of <paramref name="ids"/> who are people of the current organisation.</summary>
    Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// The people of the current organisation with this email, or whose name contains <paramref name="nameOrEmail"/>
    /// (ignoring case), by name, at most <paramref name="max"/> of them.
    /// </summary>
    Task<Dictionary<Guid, string>> FindAsync(string nameOrEmail, int max, CancellationToken ct);
}
