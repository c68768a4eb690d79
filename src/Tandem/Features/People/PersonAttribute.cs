using Tandem.Data;

namespace Tandem.Features.People;

/// <summary>
/// An optional attribute HR records about a person for the equity view (e.g. "gender" = "woman", "age band" = "40–49"):
/// never shown on a profile, read by HR admins only, and used only in aggregates over the anonymity threshold.
/// </summary>
public sealed class PersonAttribute : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The attribute, lower case as imported (e.g. "gender").</summary>
    public required string Name { get; set; }
    public required string Value { get; set; }
}
