using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>The rules a school's categorisation must keep; they report what they find and never change the record.</summary>
public static class CategorisationRules
{
    public static IReadOnlyList<RuleFinding> Check(SchoolCategorisation categorisation)
    {
        var findings = new List<RuleFinding>();
        if (categorisation.EndsOn < categorisation.StartsOn)
            findings.Add(new("CATEGORISATION_ENDS_BEFORE_START", RuleSeverity.Breach,
                "The categorisation ends before it starts.", "Rag"));
        if (categorisation.School is { } school && categorisation.SchoolCategory is { } category
            && school.LocalAuthorityId != category.LocalAuthorityId)
            findings.Add(new("CATEGORY_OF_ANOTHER_LA", RuleSeverity.Breach,
                "A school can only be put in a category of its own LA.", "Rag"));
        return findings;
    }
}
