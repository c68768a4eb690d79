using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Development;

namespace Tandem.Bench;

/// <summary>
/// A deterministic large organisation for the development benchmark: the <see cref="GoalData"/> organisation with
/// 100,000 people, a framework of 50 capabilities, 10 role profiles of 15 requirements each, self assessments for
/// about 70% of what each role requires, and the per-person summary rows Tandem keeps — written with bulk SQL.
/// </summary>
public static class DevelopmentData
{
    private const int Roles = 10;
    private const int RequirementsPerRole = 15;

    public static async Task<int> GenerateAsync(string file, int peopleCount, int capabilityCount)
    {
        var clock = Stopwatch.StartNew();
        var bench = await GoalData.OrganizationAsync(file, peopleCount);
        await using var db = bench.Db;
        var random = new Random(2027);
        var org = bench.Organization.Id;
        Guid NewId() => Guid.CreateVersion7(bench.Now);

        var categories = Enumerable.Range(1, 5).Select(i => new CapabilityCategory { OrganizationId = org, Id = NewId(), Name = $"Category {i}", Position = i }).ToList();
        db.CapabilityCategories.AddRange(categories);
        var capabilities = Enumerable.Range(0, capabilityCount).Select(i => new Capability
        {
            OrganizationId = org, Id = NewId(), CategoryId = categories[i % categories.Count].Id, Name = $"Capability {i + 1:00}", Kind = (CapabilityKind)(i % 3),
        }).ToList();
        db.Capabilities.AddRange(capabilities);
        var future = DateOnly.FromDateTime(bench.Now.AddYears(1).UtcDateTime);
        for (var r = 1; r <= Roles; r++)
        {
            var profile = new RoleProfile { OrganizationId = org, Id = NewId(), Name = $"Role {r:00}", JobTitle = $"Role {r:00}", FutureDate = future };
            profile.Requirements = [.. capabilities.OrderBy(_ => random.Next()).Take(RequirementsPerRole).Select(c =>
            {
                var now = random.Next(2, 5);
                return new RoleRequirement { OrganizationId = org, ProfileId = profile.Id, CapabilityId = c.Id, RequiredNow = now, RequiredFuture = Math.Min(5, now + random.Next(0, 2)) };
            })];
            db.RoleProfiles.Add(profile);
        }
        await db.SaveChangesAsync();

        // People get one of the role titles; then assessments and the summary rows in set-based SQL.
        var at = bench.Now.AddDays(-30).UtcTicks;
        await db.Database.ExecuteSqlAsync($"UPDATE People SET Title = 'Role ' || printf('%02d', (rowid % {Roles}) + 1) WHERE rowid > 3");
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Assessments (OrganizationId, Id, PersonId, CapabilityId, AssessorId, Kind, Level, Evidence, At)
            SELECT p.OrganizationId,
                   unhex(hex(randomblob(6)) || '7' || substr(hex(randomblob(2)), 2) || 'A' || substr(hex(randomblob(2)), 2) || hex(randomblob(6))),
                   p.Id, r.CapabilityId, p.Id, 'Self', (abs(random()) % 5) + 1, NULL, {at}
            FROM People p JOIN RoleProfiles rp ON rp.JobTitle = p.Title AND rp.OrganizationId = p.OrganizationId
            JOIN RoleRequirements r ON r.ProfileId = rp.Id AND r.OrganizationId = rp.OrganizationId
            WHERE abs(random()) % 10 < 7
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO PersonCapabilityLevels (OrganizationId, PersonId, CapabilityId, DepartmentId, ProfileId, "Current", RequiredNow, RequiredFuture, GapNow, GapFuture)
            SELECT p.OrganizationId, p.Id, r.CapabilityId, p.DepartmentId, rp.Id, a.Level, r.RequiredNow, r.RequiredFuture,
                   CASE WHEN a.Level IS NULL OR r.RequiredNow IS NULL THEN NULL WHEN r.RequiredNow > a.Level THEN r.RequiredNow - a.Level ELSE 0 END,
                   CASE WHEN a.Level IS NULL OR r.RequiredFuture IS NULL THEN NULL WHEN r.RequiredFuture > a.Level THEN r.RequiredFuture - a.Level ELSE 0 END
            FROM People p JOIN RoleProfiles rp ON rp.JobTitle = p.Title AND rp.OrganizationId = p.OrganizationId
            JOIN RoleRequirements r ON r.ProfileId = rp.Id AND r.OrganizationId = rp.OrganizationId
            LEFT JOIN Assessments a ON a.PersonId = p.Id AND a.CapabilityId = r.CapabilityId AND a.OrganizationId = p.OrganizationId
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO CapabilityGapTotals (OrganizationId, CapabilityId, DepartmentKey, ProfileKey, Assessed, ShortNow, ShortLater, SumLater)
            SELECT OrganizationId, CapabilityId, COALESCE(DepartmentId, zeroblob(16)), COALESCE(ProfileId, zeroblob(16)),
                   SUM("Current" IS NOT NULL), SUM(COALESCE(GapNow, 0) > 0), SUM(COALESCE(GapFuture, 0) > 0), SUM(COALESCE(GapFuture, 0))
            FROM PersonCapabilityLevels GROUP BY 1, 2, 3, 4
            """);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA optimize;");
        var assessments = await db.Assessments.CountAsync();
        var summaries = await db.PersonCapabilityLevels.CountAsync();
        Console.WriteLine($"Generated {bench.People.Count:N0} people, {capabilityCount} capabilities, {Roles} role profiles, {assessments:N0} assessments, " +
                          $"{summaries:N0} summary rows in {clock.Elapsed.TotalSeconds:0.0} s into {file}.");
        return 0;
    }
}
