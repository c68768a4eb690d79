using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// The optional attributes HR records for the equity view, from CSV (<c>email,attribute,value</c>; an empty value clears it).
/// All or nothing: every row is checked first and any error applies nothing. Read and changed by HR admins only, audited.
/// </summary>
public sealed class AttributeImport(TandemDb db, CurrentUser current, AuditService audit)
{
    public const int NameMax = 40;
    public const int ValueMax = 60;
    /// <summary>An organisation records at most this many attributes: the equity view is for a few that matter, not a profile.</summary>
    public const int NamesMax = 10;
    public const int MaxRows = 500_000;
    public const string Email = "email", Attribute = "attribute", Value = "value";
    private static readonly string[] Columns = [Email, Attribute, Value];
    private const int Batch = 1_000;

    public async Task<AttributeReport> ImportAsync(TextReader csv, bool dryRun, CancellationToken ct)
    {
        if (!current.IsHrAdmin) return Rejected([new ImportRowError(0, "", "Only HR admins record people's attributes.")], 0, dryRun);
        var file = CsvTable.Read(csv, Columns, Columns, MaxRows);
        if (file.Errors.Count > 0) return Rejected(file.Errors, file.Rows.Count, dryRun);

        var emails = await db.People.AsNoTracking().Select(p => new { p.Email, p.Id }).ToDictionaryAsync(p => p.Email, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var names = (await db.PersonAttributes.AsNoTracking().Select(a => a.Name).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportRowError>();
        var changes = new Dictionary<(string Name, Guid Person), string?>();
        foreach (var row in file.Rows)
        {
            var email = row[Email];
            var name = row[Attribute]?.Trim().ToLowerInvariant();
            var value = row[Value]?.Trim();
            if (email is null || !emails.TryGetValue(email, out var person)) errors.Add(new ImportRowError(row.Number, Email, $"Nobody in the organisation has the email “{email}”."));
            if (string.IsNullOrEmpty(name)) errors.Add(new ImportRowError(row.Number, Attribute, "Name the attribute, e.g. gender."));
            else if (name.Length > NameMax) errors.Add(new ImportRowError(row.Number, Attribute, $"An attribute's name has at most {NameMax} characters."));
            if (value?.Length > ValueMax) errors.Add(new ImportRowError(row.Number, Value, $"A value has at most {ValueMax} characters."));
            if (errors.Count > 0 && errors[^1].Row == row.Number) continue;
            if (!changes.TryAdd((name!, emails[email!]), string.IsNullOrEmpty(value) ? null : value))
                errors.Add(new ImportRowError(row.Number, Attribute, $"This person's “{name}” is given twice in the file."));
            else names.Add(name!);
        }
        if (errors.Count == 0 && names.Count > NamesMax)
            errors.Add(new ImportRowError(0, Attribute, $"An organisation records at most {NamesMax} attributes; this file would make {names.Count}. Remove one first."));
        if (errors.Count > 0) return Rejected(errors, file.Rows.Count, dryRun);

        var set = changes.Count(c => c.Value is not null);
        var cleared = changes.Count - set;
        if (dryRun) return new AttributeReport(false, true, file.Rows.Count, set, cleared, [], 0);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in changes.GroupBy(c => c.Key.Name))
        {
            foreach (var batch in group.Chunk(Batch))
            {
                var people = batch.Select(c => c.Key.Person).ToList();
                await db.PersonAttributes.Where(a => a.Name == group.Key && people.Contains(a.PersonId)).ExecuteDeleteAsync(ct);
                db.PersonAttributes.AddRange(batch.Where(c => c.Value is not null)
                    .Select(c => new PersonAttribute { PersonId = c.Key.Person, Name = group.Key, Value = c.Value! }));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        audit.Add(AuditActions.AttributesChanged, null, $"{set} set, {cleared} cleared");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AttributeReport(true, false, file.Rows.Count, set, cleared, [], 0);
    }

    /// <summary>Each recorded attribute with how many people have it and how many values it takes.</summary>
    public Task<List<AttributeSummary>> ListAsync(CancellationToken ct) =>
        db.PersonAttributes.AsNoTracking().GroupBy(a => a.Name).OrderBy(g => g.Key)
            .Select(g => new AttributeSummary(g.Key, g.Count(), g.Select(a => a.Value).Distinct().Count())).ToListAsync(ct);

    /// <summary>Removes an attribute from everyone.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key.Length is 0 or > NameMax) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.PersonAttributes.Where(a => a.Name == key).ExecuteDeleteAsync(ct);
        if (removed == 0) return false;
        audit.Add(AuditActions.AttributesChanged, null, $"“{key}” removed from {removed} people");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static AttributeReport Rejected(IReadOnlyList<ImportRowError> errors, int rows, bool dryRun) =>
        new(false, dryRun, rows, 0, 0, [.. errors.Take(OrgImport.ErrorsShown)], errors.Count);
}

/// <summary>What an attribute import did (or, on a dry run, would do), or why it did nothing.</summary>
public sealed record AttributeReport(bool Applied, bool DryRun, int Rows, int Set, int Cleared, IReadOnlyList<ImportRowError> Errors, int ErrorCount);

/// <summary>A recorded attribute: how many people have it, and how many values it takes.</summary>
public sealed record AttributeSummary(string Name, int People, int Values);
