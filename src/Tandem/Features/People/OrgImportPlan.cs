using System.Globalization;

using Tandem.Data;

namespace Tandem.Features.People;

/// <summary>
/// Checks a parsed file against the organisation as it would be after the import and lists the changes.
/// Pure: no database, so every rule is unit-testable. People are keyed by id (existing) or "new:email".
/// </summary>
public sealed class OrgImportPlan
{
    public List<ImportRowError> Errors { get; } = [];
    public List<ImportChange> Changes { get; } = [];
    public List<string> NewDepartments { get; } = [];
    public List<(string Name, string? Department)> NewTeams { get; } = [];

    private sealed class Draft(CsvTable.Row row, string key, ExistingPerson? existing)
    {
        public CsvTable.Row Row { get; } = row;
        public string Key { get; } = key;
        public ExistingPerson? Existing { get; } = existing;
        public string Email { get; set; } = "";
        public string Name { get; set; } = "";
        public string? EmployeeNumber { get; set; }
        public string? Title { get; set; }
        public string? Department { get; set; }
        public string? Team { get; set; }
        public string? Location { get; set; }
        public string TimeZone { get; set; } = "UTC";
        public DateOnly? StartDate { get; set; }
        public PersonStatus Status { get; set; }
        public string? ManagerEmail { get; set; }
    }

    private sealed record FinalPerson(string Key, string Email, string? EmployeeNumber, string? ManagerKey, PersonStatus Status, int? Row);

    public static OrgImportPlan Build(CsvTable.ParsedFile file, OrgSnapshot org, DateOnly today)
    {
        // Every phase runs even after errors, so one upload reports every problem it can find.
        var plan = new OrgImportPlan();
        var drafts = plan.ReadRows(file, org, today);

        var final = org.People.ToDictionary(p => p.Id.ToString(),
            p => new FinalPerson(p.Id.ToString(), p.Email, p.EmployeeNumber, p.ManagerId?.ToString(), p.Status, null), StringComparer.Ordinal);
        foreach (var d in drafts)
            final[d.Key] = new FinalPerson(d.Key, d.Email, d.EmployeeNumber, d.Existing?.ManagerId?.ToString(), d.Status, d.Row.Number);

        plan.CheckUnique(final.Values, p => p.Email, OrgCsv.Email, "email");
        plan.CheckUnique(final.Values.Where(p => p.EmployeeNumber is not null), p => p.EmployeeNumber!, OrgCsv.EmployeeNumber, "employee number");

        var byEmail = final.Values.GroupBy(p => p.Email, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.Row.Has(OrgCsv.ManagerEmail)))
        {
            string? managerKey = null;
            if (d.ManagerEmail is { } managerEmail)
            {
                if (!byEmail.TryGetValue(managerEmail, out var manager))
                    plan.Error(d.Row, OrgCsv.ManagerEmail, $"No one with the email {managerEmail} is in this file or in Tandem.");
                else if (manager.Key == d.Key)
                    plan.Error(d.Row, OrgCsv.ManagerEmail, "A person cannot be their own manager.");
                else if (manager.Status == PersonStatus.Left)
                    plan.Error(d.Row, OrgCsv.ManagerEmail, $"{managerEmail} has left the organisation; choose an active manager.");
                else managerKey = manager.Key;
            }
            final[d.Key] = final[d.Key] with { ManagerKey = managerKey };
        }

        plan.CheckCycles(final);
        if (plan.Errors.Count == 0) plan.ListChanges(drafts, final, org);
        return plan;
    }

    private List<Draft> ReadRows(CsvTable.ParsedFile file, OrgSnapshot org, DateOnly today)
    {
        var byEmail = org.People.ToDictionary(p => p.Email, StringComparer.Ordinal);
        var byNumber = org.People.Where(p => p.EmployeeNumber is not null).ToDictionary(p => p.EmployeeNumber!, StringComparer.Ordinal);
        var departmentNames = org.Departments.ToDictionary(d => d.Value, d => d.Key);
        var teamNames = org.Teams.ToDictionary(t => t.Value, t => t.Key);
        var rowsByEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowsByPerson = new Dictionary<Guid, int>();
        var drafts = new List<Draft>();

        foreach (var row in file.Rows)
        {
            var email = row[OrgCsv.Email];
            if (email is null) { Error(row, OrgCsv.Email, "Email is required."); continue; }
            if (!PersonRules.IsValidEmail(email)) { Error(row, OrgCsv.Email, $"\"{email}\" is not an email address."); continue; }
            email = PersonRules.NormalizeEmail(email);
            if (rowsByEmail.TryGetValue(email, out var firstRow)) { Error(row, OrgCsv.Email, $"{email} is already on row {firstRow}."); continue; }
            rowsByEmail[email] = row.Number;

            var number = row.Has(OrgCsv.EmployeeNumber) ? row[OrgCsv.EmployeeNumber] : null;
            var existing = byEmail.GetValueOrDefault(email) ?? (number is null ? null : byNumber.GetValueOrDefault(number));
            if (existing is not null && !rowsByPerson.TryAdd(existing.Id, row.Number))
            {
                Error(row, OrgCsv.EmployeeNumber, $"This row and row {rowsByPerson[existing.Id]} both match {existing.Name}.");
                continue;
            }

            var d = new Draft(row, existing?.Id.ToString() ?? "new:" + email, existing)
            {
                Email = email,
                Name = row[OrgCsv.Name] ?? "",
                EmployeeNumber = row.Has(OrgCsv.EmployeeNumber) ? number : existing?.EmployeeNumber,
                Title = Pick(row, OrgCsv.Title, existing?.Title),
                Department = Pick(row, OrgCsv.Department, Name(departmentNames, existing?.DepartmentId)),
                Team = Pick(row, OrgCsv.Team, Name(teamNames, existing?.TeamId)),
                Location = Pick(row, OrgCsv.Location, existing?.Location),
            };
            CheckFields(d, org, today, existing);
            drafts.Add(d);
        }
        return drafts;
    }

    private void CheckFields(Draft d, OrgSnapshot org, DateOnly today, ExistingPerson? existing)
    {
        var row = d.Row;
        if (d.Name.Length == 0) Error(row, OrgCsv.Name, "Name is required.");
        Limit(row, OrgCsv.Name, d.Name, PersonRules.NameMax);
        Limit(row, OrgCsv.EmployeeNumber, d.EmployeeNumber, PersonRules.ShortTextMax);
        Limit(row, OrgCsv.Title, d.Title, PersonRules.TextMax);
        Limit(row, OrgCsv.Department, d.Department, PersonRules.TextMax);
        Limit(row, OrgCsv.Team, d.Team, PersonRules.TextMax);
        Limit(row, OrgCsv.Location, d.Location, PersonRules.TextMax);

        if (!row.Has(OrgCsv.TimeZone)) d.TimeZone = existing?.TimeZone ?? org.DefaultTimeZone;
        else if (row[OrgCsv.TimeZone] is null) d.TimeZone = org.DefaultTimeZone;
        else if (TimeZones.Normalize(row[OrgCsv.TimeZone]) is { } zone) d.TimeZone = zone;
        else Error(row, OrgCsv.TimeZone, $"\"{row[OrgCsv.TimeZone]}\" is not a time zone; use a name such as Europe/Berlin.");

        if (!row.Has(OrgCsv.StartDate)) d.StartDate = existing?.StartDate;
        else if (row[OrgCsv.StartDate] is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                Error(row, OrgCsv.StartDate, $"\"{text}\" is not a date; write it as YYYY-MM-DD.");
            else if (start.Year < 1900 || start > today.AddYears(1))
                Error(row, OrgCsv.StartDate, "The start date must be between 1900 and a year from today.");
            else d.StartDate = start;
        }

        if (!row.Has(OrgCsv.Status)) d.Status = existing?.Status ?? PersonStatus.Active;
        else if (OrgCsv.ParseStatus(row[OrgCsv.Status]) is { } status) d.Status = status;
        else Error(row, OrgCsv.Status, $"\"{row[OrgCsv.Status]}\" is not a status; use active, on leave or left.");
        if (d.Status == PersonStatus.Left && existing is { Status: not PersonStatus.Left } && existing.Roles.HasFlag(Security.OrgRoles.OrgAdmin))
            Error(row, OrgCsv.Status, $"{existing.Name} is an org admin: an org admin marks them as having left, on their profile.");

        if (row[OrgCsv.ManagerEmail] is { } manager)
        {
            if (PersonRules.IsValidEmail(manager)) d.ManagerEmail = PersonRules.NormalizeEmail(manager);
            else Error(row, OrgCsv.ManagerEmail, $"\"{manager}\" is not an email address.");
        }
    }

    private void CheckUnique(IEnumerable<FinalPerson> people, Func<FinalPerson, string> key, string column, string what)
    {
        foreach (var group in people.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var others = group.Where(p => p.Row is null).ToList();
            foreach (var person in group.Where(p => p.Row is not null))
            {
                var clash = group.Where(p => p != person && p.Row is not null).Select(p => $"row {p.Row}")
                    .Concat(others.Count > 0 ? ["someone already in Tandem"] : []);
                Errors.Add(new ImportRowError(person.Row!.Value, column, $"The {what} {group.Key} is also used by {string.Join(" and ", clash)}."));
            }
        }
    }

    /// <summary>
    /// Finds reporting loops and lines deeper than <see cref="ReportingLines.MaxDepth"/> in one pass over the
    /// organisation: each person is walked once, so a long chain costs no more than a wide tree.
    /// </summary>
    private void CheckCycles(Dictionary<string, FinalPerson> final)
    {
        var depth = new Dictionary<string, int>(final.Count, StringComparer.Ordinal);
        foreach (var start in final.Values)
        {
            if (depth.ContainsKey(start.Key)) continue;
            var path = new List<FinalPerson>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var below = -1; // depth of the first person above the path whose depth is known; -1: the top
            for (FinalPerson? p = start; p is not null; p = p.ManagerKey is { } k ? final.GetValueOrDefault(k) : null)
            {
                if (depth.TryGetValue(p.Key, out var known)) { below = known; break; }
                if (onPath.TryGetValue(p.Key, out var index))
                {
                    var loop = path.Skip(index).ToList();
                    var text = string.Join(" → ", loop.Select(x => x.Email).Append(p.Email));
                    foreach (var member in loop.Where(x => x.Row is not null))
                        Errors.Add(new ImportRowError(member.Row!.Value, OrgCsv.ManagerEmail, $"The reporting line goes in a circle: {text}."));
                    foreach (var member in loop) depth[member.Key] = 0;
                    path.RemoveRange(index, path.Count - index);
                    below = 0;
                    break;
                }
                onPath[p.Key] = path.Count;
                path.Add(p);
            }
            for (var i = path.Count - 1; i >= 0; i--)
            {
                depth[path[i].Key] = ++below;
                if (below > ReportingLines.MaxDepth && path[i].Row is { } row)
                    Errors.Add(new ImportRowError(row, OrgCsv.ManagerEmail,
                        $"This person would be more than {ReportingLines.MaxDepth} levels below the top of the organisation."));
            }
        }
    }

    private void ListChanges(List<Draft> drafts, Dictionary<string, FinalPerson> final, OrgSnapshot org)
    {
        var departments = org.Departments.Keys.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        var teams = org.Teams.Keys.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);
        foreach (var d in drafts)
        {
            if (d.Department is { } department && departments.TryAdd(department, department)) NewDepartments.Add(department);
            if (d.Team is { } team && teams.TryAdd(team, team)) NewTeams.Add((team, d.Department is null ? null : departments[d.Department]));

            var target = new ImportTarget(d.Name, d.Email, d.EmployeeNumber, d.Title,
                d.Department is null ? null : departments[d.Department], d.Team is null ? null : teams[d.Team],
                final[d.Key].ManagerKey, d.Location, d.TimeZone, d.StartDate, d.Status);
            var oldManager = d.Existing?.ManagerId?.ToString();
            var managerChanged = d.Existing is null || !string.Equals(oldManager, target.ManagerKey, StringComparison.Ordinal);
            if (d.Existing is { } e && !managerChanged && Same(e, target, org)) continue;
            Changes.Add(new ImportChange(d.Key, d.Row.Number, d.Existing, target, managerChanged));
        }
    }

    /// <summary>
    /// The people to create, each after their manager when that manager is new too (a row may name a manager
    /// further down the file), so that every manager exists before their reports are written.
    /// </summary>
    public List<ImportChange> CreationOrder()
    {
        var created = Changes.Where(c => c.Existing is null).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var level = new Dictionary<string, int>(created.Count, StringComparer.Ordinal);
        int LevelOf(ImportChange change)
        {
            // The plan has no loops and no line deeper than ReportingLines.MaxDepth, so this recursion is shallow.
            if (level.TryGetValue(change.Key, out var known)) return known;
            var above = change.Target.ManagerKey is { } key && created.TryGetValue(key, out var manager) ? LevelOf(manager) + 1 : 0;
            level[change.Key] = above;
            return above;
        }
        return [.. created.Values.OrderBy(LevelOf).ThenBy(c => c.Row)];
    }

    private static bool Same(ExistingPerson e, ImportTarget t, OrgSnapshot org) =>
        e.Name == t.Name && e.Email == t.Email && e.EmployeeNumber == t.EmployeeNumber && e.Title == t.Title
        && e.Location == t.Location && e.TimeZone == t.TimeZone && e.StartDate == t.StartDate && e.Status == t.Status
        && e.DepartmentId == (t.Department is null ? null : org.Departments.GetValueOrDefault(t.Department))
        && e.TeamId == (t.Team is null ? null : org.Teams.GetValueOrDefault(t.Team));

    private static string? Pick(CsvTable.Row row, string column, string? existing) => row.Has(column) ? row[column] : existing;

    private static string? Name(Dictionary<Guid, string> names, Guid? id) => id is { } i ? names.GetValueOrDefault(i) : null;

    private void Limit(CsvTable.Row row, string column, string? value, int max)
    {
        if (value is not null && value.Length > max) Error(row, column, $"Use at most {max} characters.");
    }

    private void Error(CsvTable.Row row, string column, string message) => Errors.Add(new ImportRowError(row.Number, column, message));
}

/// <summary>A person as they will be after the import. <see cref="ManagerKey"/> names a person of the plan.</summary>
public sealed record ImportTarget(string Name, string Email, string? EmployeeNumber, string? Title, string? Department,
    string? Team, string? ManagerKey, string? Location, string TimeZone, DateOnly? StartDate, PersonStatus Status);

/// <summary>One person to create (no <see cref="Existing"/>) or update.</summary>
public sealed record ImportChange(string Key, int Row, ExistingPerson? Existing, ImportTarget Target, bool ManagerChanged);
