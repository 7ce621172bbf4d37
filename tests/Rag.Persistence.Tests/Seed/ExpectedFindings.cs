namespace Rag.Persistence.Tests.Seed;

/// <summary>The findings curated from each letter of 002 (422 in all), ordered by the LA's printed name.</summary>
static class ExpectedFindings
{
    public static readonly (string Letter, int Findings)[] PerLetter =
    [
        ("Bristol City Council", 24),
        ("Coventry City Council", 22),
        ("Cumbria County Council", 12),
        ("Derby City Council", 21),
        ("East Riding of Yorkshire Council", 20),
        ("Medway Council", 22),
        ("Norfolk County Council", 26),
        ("North East Lincolnshire Council", 25),
        ("North Somerset Council", 23),
        ("Northumberland County Council", 34),
        ("Portsmouth City Council", 27),
        ("Salford City Council", 21),
        ("Staffordshire County Council", 46),
        ("Suffolk County Council", 24),
        ("Tameside Borough Council", 25),
        ("Thurrock Council", 23),
        ("Wolverhampton City Council", 27),
    ];
}
