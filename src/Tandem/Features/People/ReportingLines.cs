using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.People;

/// <summary>
/// Keeps the closure of the reporting tree (<see cref="ReportingLine"/>) in step with managers.
/// Callers save the context; every method works inside the caller's transaction.
/// </summary>
public sealed class ReportingLines(TandemDb db)
{
    /// <summary>How many levels a reporting line may have below its top; deeper trees are refused.</summary>
    public const int MaxDepth = 25;

    /// <summary>True when <paramref name="ancestorId"/> is above <paramref name="personId"/> (at any depth ≥ 1).</summary>
    public Task<bool> IsAboveAsync(Guid ancestorId, Guid personId, CancellationToken ct) =>
        db.ReportingLines.AnyAsync(r => r.AncestorId == ancestorId && r.DescendantId == personId && r.Depth > 0, ct);

    /// <summary>True when making <paramref name="managerId"/> the manager of <paramref name="personId"/> closes a loop.</summary>
    public async Task<bool> WouldCycleAsync(Guid personId, Guid managerId, CancellationToken ct) =>
        personId == managerId
        || await db.ReportingLines.AnyAsync(r => r.AncestorId == personId && r.DescendantId == managerId, ct);

    /// <summary>Adds the lines of a new person (no reports yet) under <paramref name="managerId"/>.</summary>
    public async Task AddAsync(Guid organizationId, Guid personId, Guid? managerId, CancellationToken ct)
    {
        db.ReportingLines.Add(new ReportingLine { OrganizationId = organizationId, AncestorId = personId, DescendantId = personId, Depth = 0 });
        if (managerId is null) return;
        var above = await AboveIncludingAsync(managerId.Value, ct);
        db.ReportingLines.AddRange(above.Select(a => new ReportingLine
        {
            OrganizationId = organizationId, AncestorId = a.Id, DescendantId = personId, Depth = a.Depth + 1,
        }));
    }

    /// <summary>Moves a person and everyone under them below <paramref name="newManagerId"/> (or to the top).</summary>
    public async Task MoveAsync(Guid organizationId, Guid personId, Guid? newManagerId, CancellationToken ct)
    {
        var subtree = await db.ReportingLines.Where(r => r.AncestorId == personId)
            .Select(r => new Level(r.DescendantId, r.Depth)).ToListAsync(ct);
        var subtreeIds = db.ReportingLines.Where(r => r.AncestorId == personId).Select(r => r.DescendantId);

        // Detach the subtree from everything above the person...
        await db.ReportingLines
            .Where(r => subtreeIds.Contains(r.DescendantId) && !subtreeIds.Contains(r.AncestorId))
            .ExecuteDeleteAsync(ct);
        if (newManagerId is null) return;

        // ...and hang it under the new manager's chain.
        var above = await AboveIncludingAsync(newManagerId.Value, ct);
        db.ReportingLines.AddRange(
            from a in above
            from s in subtree
            select new ReportingLine { OrganizationId = organizationId, AncestorId = a.Id, DescendantId = s.Id, Depth = a.Depth + s.Depth + 1 });
    }

    /// <summary>
    /// Recomputes every line of the organisation from the people's managers (after an import), in one statement
    /// inside the database: a large organisation has millions of lines, and sent from here as parameters they took
    /// most of a 50,000-person import's time. The walk stops at <see cref="MaxDepth"/> levels, should a loop ever
    /// slip past the callers' checks.
    /// </summary>
    public async Task RebuildAsync(Guid organizationId, CancellationToken ct)
    {
        await db.ReportingLines.ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE "Lines" ("AncestorId", "DescendantId", "Depth") AS (
                SELECT "Id", "Id", 0 FROM "People" WHERE "OrganizationId" = {organizationId}
                UNION ALL
                SELECT p."ManagerId", l."DescendantId", l."Depth" + 1
                FROM "Lines" l JOIN "People" p ON p."OrganizationId" = {organizationId} AND p."Id" = l."AncestorId"
                WHERE p."ManagerId" IS NOT NULL AND l."Depth" <= {MaxDepth}
            )
            INSERT INTO "ReportingLines" ("OrganizationId", "AncestorId", "DescendantId", "Depth")
            SELECT {organizationId}, "AncestorId", "DescendantId", "Depth" FROM "Lines"
            """, ct);
    }

    /// <summary>The number of levels below <paramref name="personId"/> (0 when no one reports to them).</summary>
    public async Task<int> HeightAsync(Guid personId, CancellationToken ct) =>
        await db.ReportingLines.Where(r => r.AncestorId == personId).MaxAsync(r => (int?)r.Depth, ct) ?? 0;

    /// <summary>The number of levels above <paramref name="personId"/> (0 at the top).</summary>
    public async Task<int> DepthAsync(Guid personId, CancellationToken ct) =>
        await db.ReportingLines.Where(r => r.DescendantId == personId).MaxAsync(r => (int?)r.Depth, ct) ?? 0;

    /// <summary>The closure of a manager map (person → manager). The map must be free of cycles.</summary>
    public static IEnumerable<ReportingLine> Compute(Guid organizationId, IReadOnlyDictionary<Guid, Guid?> managers)
    {
        foreach (var (person, _) in managers)
        {
            var depth = 0;
            for (Guid? current = person; current is { } id; current = managers.GetValueOrDefault(id))
            {
                yield return new ReportingLine { OrganizationId = organizationId, AncestorId = id, DescendantId = person, Depth = depth };
                if (++depth > managers.Count) throw new InvalidOperationException("The reporting tree has a cycle.");
            }
        }
    }

    private Task<List<Level>> AboveIncludingAsync(Guid personId, CancellationToken ct) =>
        db.ReportingLines.Where(r => r.DescendantId == personId)
            .Select(r => new Level(r.AncestorId, r.Depth)).ToListAsync(ct);

    private sealed record Level(Guid Id, int Depth);
}
