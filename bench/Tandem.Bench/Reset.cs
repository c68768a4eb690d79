using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Removes what earlier write mixes added (their topics, praise and check-ins, each marked by its text), so that every
/// run starts from the generated data set: otherwise the few meetings and key results the writes go to grow by
/// thousands of rows a run, and each write, which answers with the whole meeting or goal, gets slower run after run.
/// </summary>
public static class Reset
{
    // The texts Targets gives the writes' bodies; {n} is a running number.
    public const string Topic = "Bench topic {n}";
    public const string Praise = "The incident write-up {n} was clear and quick.";
    public const string CheckIn = "Bench check-in {n}";

    public static async Task<int> RunAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = DataSetup.CreateContext(provider, connectionString);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var topics = await db.Database.ExecuteSqlAsync($"""DELETE FROM "AgendaItems" WHERE "Text" LIKE {Like(Topic)}""");
        var praise = await db.Database.ExecuteSqlAsync($"""DELETE FROM "FeedbackItems" WHERE "Text" LIKE {Like(Praise)}""");
        var checkIns = await db.Database.ExecuteSqlAsync($"""DELETE FROM "KeyResultUpdates" WHERE "Comment" LIKE {Like(CheckIn)}""");
        // The cycles earlier runs opened (participants, reviews and nominations go with them), then their templates.
        var cycles = await db.Database.ExecuteSqlAsync($"""DELETE FROM "ReviewCycles" WHERE "Name" LIKE {ReviewBench.Prefix + "%"}""");
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "ReviewTemplates" WHERE NOT EXISTS (SELECT 1 FROM "ReviewCycles" c WHERE c."TemplateId" = "ReviewTemplates"."Id")""");
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "Notifications" WHERE "Text" LIKE {"The review cycle “" + ReviewBench.Prefix + "%"} OR "Text" LIKE {"“" + ReviewBench.Prefix + "%"}""");
        // The talent review and the attributes of earlier runs (the bench organisation has no others).
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "TalentReviews" WHERE "Name" = {TalentBench.Name}""");
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "PersonAttributes" """);
        await transaction.CommitAsync();
        Console.WriteLine($"Removed what earlier write mixes added: {topics:N0} topics, {praise:N0} praise, {checkIns:N0} check-ins, {cycles:N0} review cycles.");
        return 0;
    }

    private static string Like(string text) => text.Replace("{n}", "%", StringComparison.Ordinal);
}
