using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>
/// The capability framework as CSV (HR admins): one row per capability — category, capability, kind, description.
/// Every row is checked first; any error applies nothing. Importing the same file again changes nothing; a dry run only reports.
/// </summary>
public sealed class FrameworkCsv(TandemDb db, CurrentUser me, TimeProvider time)
{
    public static readonly string[] Columns = ["category", "capability", "kind", "description"];
    private const int MaxRows = 5_000;

    public async Task<string> ExportAsync(CancellationToken ct)
    {
        var rows = await db.Capabilities.AsNoTracking()
            .Join(db.CapabilityCategories, c => c.CategoryId, k => k.Id, (c, k) => new { Category = k.Name, k.Position, c.Name, c.Kind, c.Description })
            .OrderBy(x => x.Position).ThenBy(x => x.Category).ThenBy(x => x.Name).ToListAsync(ct);
        return CsvTable.Write(Columns, rows.Select(r => new[] { r.Category, r.Name, r.Kind.ToString(), r.Description }));
    }

    public async Task<FrameworkImportReport> ImportAsync(TextReader csv, bool dryRun, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return new FrameworkImportReport(false, 0, 0, 0, 0, [new ImportRowError(1, "", "HR admins keep the capability framework.")], []);
        var file = CsvTable.Read(csv, Columns, ["category", "capability", "kind"], MaxRows);
        var errors = file.Errors.ToList();
        var seen = new Dictionary<(string, string), int>();
        var rows = new List<(string Category, string Name, CapabilityKind Kind, string? Description)>();
        foreach (var row in file.Rows)
        {
            var category = row["category"];
            var name = row["capability"];
            if (category is null) errors.Add(new ImportRowError(row.Number, "category", "Say which category the capability is in."));
            else if (category.Length > DevelopmentRules.NameMax) errors.Add(new ImportRowError(row.Number, "category", $"At most {DevelopmentRules.NameMax} characters."));
            if (name is null) errors.Add(new ImportRowError(row.Number, "capability", "Name the capability."));
            else if (name.Length > DevelopmentRules.NameMax) errors.Add(new ImportRowError(row.Number, "capability", $"At most {DevelopmentRules.NameMax} characters."));
            if (!Enum.TryParse<CapabilityKind>(row["kind"], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                errors.Add(new ImportRowError(row.Number, "kind", "Use Skill, Behaviour or Knowledge."));
            if (row["description"] is { Length: > DevelopmentRules.DescriptionMax }) errors.Add(new ImportRowError(row.Number, "description", $"At most {DevelopmentRules.DescriptionMax} characters."));
            if (category is null || name is null) continue;
            var key = (category.ToUpperInvariant(), name.ToUpperInvariant());
            if (seen.TryGetValue(key, out var first)) errors.Add(new ImportRowError(row.Number, "capability", $"\"{name}\" is in \"{category}\" already, on row {first}."));
            else seen[key] = row.Number;
            rows.Add((category, name, kind, row["description"]));
        }
        if (errors.Count > 0) return new FrameworkImportReport(false, 0, 0, 0, 0, [.. errors.OrderBy(e => e.Row)], file.Notes);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockOrganizationAsync(ct);
        var categories = await db.CapabilityCategories.ToListAsync(ct);
        var capabilities = await db.Capabilities.ToListAsync(ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (categoryName, name, kind, description) in rows)
        {
            var category = categories.FirstOrDefault(c => string.Equals(c.Name, categoryName, StringComparison.OrdinalIgnoreCase));
            if (category is null)
            {
                category = new CapabilityCategory { Id = Ids.New(time), Name = categoryName, Position = categories.Count };
                categories.Add(category);
                db.CapabilityCategories.Add(category);
            }
            var capability = capabilities.FirstOrDefault(c => c.CategoryId == category.Id && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (capability is null)
            {
                capability = new Capability { Id = Ids.New(time), CategoryId = category.Id, Name = name, Kind = kind, Description = description };
                capabilities.Add(capability);
                db.Capabilities.Add(capability);
                created++;
            }
            else if (capability.Kind != kind || capability.Description != description)
            {
                capability.Kind = kind;
                capability.Description = description;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        if (dryRun)
        {
            db.ChangeTracker.Clear(); // nothing of a dry run may ride on a later save
            return new FrameworkImportReport(false, seen.Keys.Select(k => k.Item1).Distinct().Count(), created, updated, unchanged, [], file.Notes);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new FrameworkImportReport(true, seen.Keys.Select(k => k.Item1).Distinct().Count(), created, updated, unchanged, [], file.Notes);
    }
}

/// <summary>What a framework import did (or would do): every bad row with its number, and nothing applied when any.</summary>
public sealed record FrameworkImportReport(bool Applied, int Categories, int Created, int Updated, int Unchanged,
    IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Notes);
