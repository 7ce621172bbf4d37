using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rag.Domain.Sips;

namespace Rag.Portal.Pages.Sips;

/// <summary>A SIP's own fields as the create and edit forms post them.</summary>
public sealed class SipInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    /// <summary>Posted as one checkbox per sector; the core combines the flags.</summary>
    public List<AccreditationSectors> Sectors { get; set; } = [];
    public DateOnly? AccreditedOn { get; set; }
    public AccreditationStatus? Status { get; set; }
    public string? RemovalReason { get; set; }

    public static readonly string[] Fields = [nameof(Name), nameof(Sectors), nameof(AccreditedOn), nameof(Status), nameof(RemovalReason)];

    public static SipInput Of(Sip sip) => new()
    {
        Version = sip.Version, Name = sip.Name, AccreditedOn = sip.AccreditedOn, Status = sip.Status, RemovalReason = sip.RemovalReason,
        Sectors = Enum.GetValues<AccreditationSectors>().Where(s => s != AccreditationSectors.None && sip.Sectors.HasFlag(s)).ToList(),
    };
}

/// <summary>What the SIP fields partial shows: the editor's input and, on a conflict, the stored SIP.</summary>
public sealed record SipFields(SipInput Input, Sip? Theirs, ModelStateDictionary ModelState);

/// <summary>The sectors a SIP is accredited for, in words.</summary>
public static class SectorText
{
    public static string Of(AccreditationSectors sectors) => sectors == AccreditationSectors.None ? "none"
        : string.Join(", ", Enum.GetValues<AccreditationSectors>().Where(s => s != AccreditationSectors.None && sectors.HasFlag(s)));
}
