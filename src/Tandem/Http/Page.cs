namespace Tandem.Http;

/// <summary>One page of a keyset-paged list; pass <see cref="Next"/> as <c>after</c> to get the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
