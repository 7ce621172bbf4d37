using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Profiles;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Transitions;
using Rag.Persistence.Analysis.Wording;

namespace Rag.Persistence.Analysis;

public static class AnalysisServices
{
    /// <summary>The query services the portal's analysis pages and the GraphQL analysis fields both call.</summary>
    public static IServiceCollection AddRagAnalysis(this IServiceCollection services) => services
        .AddScoped<SearchIndex>().AddScoped<TextSearch>().AddScoped<FindingRows>()
        .AddScoped<ComparisonMatrix>().AddScoped<GradeTransitions>().AddScoped<LaProfile>().AddScoped<HeadingProfile>()
        .AddScoped<RecurringWording>().AddScoped<SimilarLocalAuthorities>().AddScoped<SipVisitAnalysis>().AddScoped<FindingCounts>();
}
