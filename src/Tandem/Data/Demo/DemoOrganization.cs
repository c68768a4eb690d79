using Bogus;
using Person = Tandem.Features.People.Person;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Accounts;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Data.Demo;

/// <summary>
/// "Northwind Labs": about 60 people over four levels in seven departments, with three accounts to explore
/// Tandem as an employee, a manager and an HR admin. Seeded on first start in Development (Demo:Seed).
/// Names are generated from a fixed seed, so every demo looks the same.
/// </summary>
public sealed class DemoOrganization(TandemDb db, UserManager<UserAccount> users, TimeProvider time)
{
    public const string Slug = "northwind";
    public const string Password = "tandem-demo-2026";
    public const string EmployeeEmail = "priya@northwind.example";
    public const string ManagerEmail = "daniel@northwind.example";
    public const string HrAdminEmail = "sofia@northwind.example";
    /// <summary>A teammate of Priya's, with an account: the peer whose side of a review cycle a new user can see.</summary>
    public const string PeerEmail = "leo@northwind.example";

    private static readonly (string City, string Zone)[] Places =
        [("Berlin", "Europe/Berlin"), ("London", "Europe/London"), ("New York", "America/New_York"), ("Lisbon", "Europe/Lisbon")];

    private readonly Faker _faker = new("en") { Random = new Randomizer(2026) };
    private readonly List<Person> _people = [];
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private Guid _orgId;

    /// <summary>On by default in Development only: a production database must never get the published demo accounts.</summary>
    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Demo:Seed", environment.IsDevelopment());

    /// <summary>Seeds the demo when the database has no organisation yet. Returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Organizations.AnyAsync(ct)) return false;
        _orgId = Ids.New(time);
        using var tenant = db.ActAs(_orgId);
        db.Organizations.Add(new Organization { Id = _orgId, Name = "Northwind Labs", Slug = Slug, TimeZone = "Europe/Berlin", AllowAnonymousFeedback = true });

        var ceo = Add("Chief Executive Officer", null, null, null, name: "Helena Marsh");
        BuildDepartment(ceo, "Engineering", "VP of Engineering", [("Platform", "Engineering Manager", 5), ("Mobile", "Engineering Manager", 5), ("Data", "Engineering Manager", 5)], "Software Engineer");
        BuildDepartment(ceo, "Product & Design", "Head of Product", [("Discovery", "Product Lead", 3), ("Design", "Design Lead", 3)], "Product Designer");
        BuildDepartment(ceo, "Sales", "VP of Sales", [("EMEA Sales", "Sales Manager", 4), ("Americas Sales", "Sales Manager", 4)], "Account Executive");
        BuildDepartment(ceo, "Customer Success", "Head of Customer Success", [("Support", "Support Lead", 5)], "Customer Success Manager");
        BuildDepartment(ceo, "Marketing", "Head of Marketing", [("Growth", null, 4)], "Marketing Specialist");
        BuildDepartment(ceo, "Finance", "Chief Financial Officer", [("Finance", null, 3)], "Financial Analyst");
        BuildDepartment(ceo, "People", "Head of People", [("People Operations", null, 2)], "People Partner");

        var hr = _people.Single(p => p.Title == "Head of People");
        Rename(hr, "Sofia Lindqvist", HrAdminEmail);
        hr.Roles = OrgRoles.HrAdmin | OrgRoles.OrgAdmin;
        var manager = _people.First(p => p.Title == "Engineering Manager");
        Rename(manager, "Daniel Okafor", ManagerEmail);
        var employee = _people.First(p => p.ManagerId == manager.Id);
        Rename(employee, "Priya Raman", EmployeeEmail);
        // Her first teammates get names a reader remembers (they review her as peers in the demo's open cycle).
        var teammates = _people.Where(p => p.ManagerId == manager.Id && p != employee).Take(3).ToList();
        string[][] names = [["Leo Fischer", PeerEmail], ["Mei Tanaka", "mei@northwind.example"], ["Omar Haddad", "omar@northwind.example"]];
        for (var i = 0; i < teammates.Count; i++) Rename(teammates[i], names[i][0], names[i][1]);

        db.People.AddRange(_people);
        db.ReportingLines.AddRange(ReportingLines.Compute(_orgId, _people.ToDictionary(p => p.Id, p => p.ManagerId)));
        await db.SaveChangesAsync(ct);
        foreach (var person in new[] { employee, manager, hr, teammates[0] }) await CreateAccountAsync(person);
        await new DemoGoals(db, time).SeedAsync(_people, ct);
        await new DemoOneOnOnes(db, time).SeedAsync(_people, ct);
        await new DemoFeedback(db, time).SeedAsync(_people, ct);
        await new DemoDevelopment(db, time).SeedAsync(_people, ct);
        await new DemoReviews(db, time).SeedAsync(_people, ct);
        await new DemoTalent(db, time).SeedAsync(_people, ct);
        return true;
    }

    private void BuildDepartment(Person ceo, string department, string headTitle,
        (string Team, string? LeadTitle, int Members)[] teams, string memberTitle)
    {
        var departmentId = Ids.New(time);
        db.Departments.Add(new Department { Id = departmentId, Name = department });
        var head = Add(headTitle, ceo, departmentId, null);
        foreach (var (teamName, leadTitle, members) in teams)
        {
            var teamId = Ids.New(time);
            db.Teams.Add(new Team { Id = teamId, Name = teamName, DepartmentId = departmentId });
            var lead = leadTitle is null ? head : Add(leadTitle, head, departmentId, teamId);
            for (var i = 0; i < members; i++)
            {
                var title = i == 0 && members > 3 ? "Senior " + memberTitle : memberTitle;
                Add(title, lead, departmentId, teamId);
            }
        }
    }

    private Person Add(string title, Person? manager, Guid? departmentId, Guid? teamId, string? name = null)
    {
        var (city, zone) = _faker.PickRandom(Places);
        name ??= _faker.Name.FullName();
        var person = new Person
        {
            OrganizationId = _orgId,
            Id = Ids.New(time),
            Name = name,
            Email = UniqueEmail(name),
            EmployeeNumber = $"NW-{_people.Count + 1001}",
            Title = title,
            DepartmentId = departmentId,
            TeamId = teamId,
            ManagerId = manager?.Id,
            Location = city,
            TimeZone = zone,
            StartDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-_faker.Random.Int(60, 3000)),
        };
        _people.Add(person);
        return person;
    }

    private void Rename(Person person, string name, string email)
    {
        _emails.Remove(person.Email);
        person.Name = name;
        person.Email = email;
        _emails.Add(email);
    }

    private string UniqueEmail(string name)
    {
        var local = new string([.. name.ToLowerInvariant().Replace(' ', '.').Where(c => char.IsAsciiLetter(c) || c == '.')]);
        var email = $"{local}@northwind.example";
        for (var n = 2; !_emails.Add(email); n++) email = $"{local}{n}@northwind.example";
        return email;
    }

    private async Task CreateAccountAsync(Person person)
    {
        var account = UserAccount.For(person, time.GetUtcNow());
        account.EmailConfirmed = true; // demo addresses
        var result = await users.CreateAsync(account, Password);
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
