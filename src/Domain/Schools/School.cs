using Rag.Domain.Authorities;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Domain.Visits;

namespace Rag.Domain.Schools;

public class School : Record
{
    public required string Name { get; set; }
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public SchoolPhase Phase { get; set; }

    /// <summary>The school's unique reference number, where known.</summary>
    public int? Urn { get; set; }

    public List<Inspection> Inspections { get; set; } = [];
    public List<SchoolCategorisation> Categorisations { get; set; } = [];
    public List<SipDeployment> SipDeployments { get; set; } = [];
    public List<Visit> Visits { get; set; } = [];
}
