using Rag.Domain.Authorities;
using Rag.Domain.Common;
using Rag.Domain.Sips;
using Rag.Domain.Visits;

namespace Rag.Domain.Schools;

/// <summary>A school, with its LA, its Ofsted inspections, its LA categories over time and the SIPs deployed to and visiting it.</summary>
public class School : Record, IBelongsToLocalAuthority
{
    /// <summary>The school's name as recorded in Rag.</summary>
    public required string Name { get; set; }
    /// <summary>The identifier of the school's LA.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA the school belongs to.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The school's phase of education, which decides which SIPs are accredited to serve it.</summary>
    public SchoolPhase Phase { get; set; }

    /// <summary>The school's unique reference number, where known.</summary>
    public int? Urn { get; set; }

    /// <summary>Whether the school is a specialist school, whose SIP reports should comment on the impact of its specialisms (003 line 444).</summary>
    public bool IsSpecialist { get; set; }

    /// <summary>The school's Ofsted inspections and the grades they gave.</summary>
    public List<Inspection> Inspections { get => field ??= []; set; }
    /// <summary>The periods the school has spent in its LA's categories.</summary>
    public List<SchoolCategorisation> Categorisations { get => field ??= []; set; }
    /// <summary>The SIPs appointed to the school, past and present.</summary>
    public List<SipDeployment> SipDeployments { get => field ??= []; set; }
    /// <summary>The SIP visits made to the school.</summary>
    public List<Visit> Visits { get => field ??= []; set; }
}
