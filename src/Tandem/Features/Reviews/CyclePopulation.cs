using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>Who a cycle's population rule takes in: people who have not left, by organisation, departments, teams, a manager's tree or start date.</summary>
public static class CyclePopulation
{
    public static IQueryable<Person> People(TandemDb db, Reach reach, Population population)
    {
        var people = db.People.Where(p => p.Status != PersonStatus.Left);
        var ids = population.Ids;
        return population.Kind switch
        {
            PopulationKind.Departments => people.Where(p => p.DepartmentId != null && ids.Contains(p.DepartmentId.Value)),
            PopulationKind.Teams => people.Where(p => p.TeamId != null && ids.Contains(p.TeamId.Value)),
            PopulationKind.ManagerTree => people.Where(p => reach.Below(ids).Contains(p.Id)),
            PopulationKind.StartedBetween => people.Where(p => p.StartDate != null && p.StartDate >= population.StartedFrom
                && (population.StartedTo == null || p.StartDate <= population.StartedTo)),
            _ => people,
        };
    }

    /// <summary>The template a person gets: their department's in the cycle, else the cycle's.</summary>
    public static Guid TemplateFor(ReviewCycle cycle, Guid? departmentId) =>
        cycle.DepartmentTemplates.Items.FirstOrDefault(d => d.DepartmentId == departmentId)?.TemplateId ?? cycle.TemplateId;
}
