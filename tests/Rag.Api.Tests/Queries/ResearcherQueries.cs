namespace Rag.Api.Tests.Queries;

/// <summary>The example queries of the README: what a researcher comparing LAs' FSI outcomes would ask.</summary>
public static class ResearcherQueries
{
    public const string UseOfDataAcrossLas = """
        {
          fsiFindings(
            first: 100
            where: { heading: { name: { eq: "LA - use of data" } } }
            order: [{ letter: { letterDate: ASC } }, { order: ASC }]
          ) {
            totalCount
            nodes { rag text letter { letterDate localAuthority { name } } }
          }
        }
        """;

    public const string TransitionsInARegion = """
        {
          regions(where: { name: { eq: "North East" } }) {
            nodes {
              name
              localAuthorities(where: { fsiLetters: { any: true } }, order: [{ name: ASC }]) {
                name
                fsiLetters {
                  letterDate schoolCount
                  gradesBefore { label }
                  transitions { label count from to }
                  ruleFindings { rule message }
                }
              }
            }
          }
        }
        """;

    public const string RedFindingsOnLaEffectiveness = """
        {
          fsiFindings(
            first: 200
            where: { rag: { eq: RED }, heading: { group: { name: { eq: "LA effectiveness" } } } }
            order: [{ heading: { name: ASC } }, { letter: { printedName: ASC } }]
          ) {
            totalCount
            nodes { heading { name } letter { printedName } text sourceLines }
          }
        }
        """;

    public const string ReadingAgreement = """
        {
          readingAgreement {
            overall { firstReadingFindings secondReadingFindings paired boundAlike boundaryAgreement headingKappa localAuthorityKappa ragKappa }
            letters { localAuthority figures { boundaryAgreement headingAgreement headingKappa ragKappa } }
          }
          fsiFindings(first: 5, where: { resolutionNote: { neq: null } }, order: [{ sourceLines: ASC }]) {
            totalCount
            nodes { sourceLines heading { name } secondReadingHeading rag secondReadingRag suggestedRag suggestedRagCues resolutionNote }
          }
        }
        """;
}
