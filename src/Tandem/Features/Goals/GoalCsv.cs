using System.Globalization;
using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// The goals CSV format: one row per key result, the goal's columns repeated (or left empty) on its further
/// rows; a goal without key results is one row with empty key result columns. <c>goal_ref</c> names the goal in
/// the file and, kept on the goal, lets the same file import again as an update. Owners are an email, a team
/// or department name, or nothing for the company; <c>parent_ref</c> is another row's goal_ref or an existing
/// goal's reference or id.
/// </summary>
public static class GoalCsv
{
    public const string Ref = "goal_ref";
    public const string Title = "title";
    public const string Description = "description";
    public const string OwnerType = "owner_type";
    public const string Owner = "owner";
    public const string Period = "period";
    public const string Commitment = "commitment";
    public const string Visibility = "visibility";
    public const string ParentRef = "parent_ref";
    public const string Weight = "weight";
    public const string KrTitle = "kr_title";
    public const string KrKind = "kr_kind";
    public const string KrStart = "kr_start";
    public const string KrTarget = "kr_target";
    public const string KrUnit = "kr_unit";
    public const string KrWeight = "kr_weight";

    public static readonly IReadOnlyList<string> Columns =
        [Ref, Title, Description, OwnerType, Owner, Period, Commitment, Visibility, ParentRef, Weight, KrTitle, KrKind, KrStart, KrTarget, KrUnit, KrWeight];

    /// <summary>The columns that describe the goal rather than a key result.</summary>
    public static readonly IReadOnlyList<string> GoalColumns = [Title, Description, OwnerType, Owner, Period, Commitment, Visibility, ParentRef, Weight];

    public static CsvTable.ParsedFile Read(TextReader text, int maxRows) => CsvTable.Read(text, Columns, [Ref, Title], maxRows);

    public static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    public static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
