using System.ComponentModel.DataAnnotations;
using Rag.Domain.Schools;

namespace Rag.Portal.Pages.Schools;

/// <summary>A school's own fields as the create and edit forms post them.</summary>
public sealed class SchoolInput
{
    public int Version { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Local authority")] public int? LocalAuthorityId { get; set; }
    [Display(Name = "Phase")] public SchoolPhase? Phase { get; set; }
    [Display(Name = "URN")] public int? Urn { get; set; }

    public static readonly string[] Fields = [nameof(Name), nameof(LocalAuthorityId), nameof(Phase), nameof(Urn)];
}

/// <summary>An Ofsted inspection as the school page posts it.</summary>
public sealed class InspectionInput
{
    public int SchoolId { get; set; }
    [Display(Name = "Inspected on")] public DateOnly? InspectedOn { get; set; }
    [Display(Name = "Grade")] public int? GradeCodeId { get; set; }

    public static readonly string[] Fields = [nameof(SchoolId), nameof(InspectedOn), nameof(GradeCodeId)];
}

/// <summary>Putting the school in one of its LA's categories from a date.</summary>
public sealed class CategorisationInput
{
    public int SchoolId { get; set; }
    [Display(Name = "Category")] public int? SchoolCategoryId { get; set; }
    [Display(Name = "From")] public DateOnly? StartsOn { get; set; }

    public static readonly string[] Fields = [nameof(SchoolId), nameof(SchoolCategoryId), nameof(StartsOn)];
}

/// <summary>What the school fields partial shows: the editor's input, the LAs to choose from, and on a conflict the stored school.</summary>
public sealed record SchoolFields(SchoolInput Input, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> LocalAuthorities,
    School? Theirs, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary ModelState);
