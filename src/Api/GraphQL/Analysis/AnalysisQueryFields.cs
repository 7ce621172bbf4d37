using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data.Types;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Profiles;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Transitions;
using Rag.Persistence.Analysis.Wording;

namespace Rag.Api.GraphQL.Analysis;

/// <summary>The researcher's analyses as root query fields. Each calls the same query service as its portal page,
/// with the same filter record; none needs an API key. IDs in filters are database IDs (the number in a global ID).</summary>
public static class AnalysisQueryFields
{
    public static void AddTo(ObjectGraphType query, Schema schema)
    {
        schema.RegisterTypeMapping(typeof(DateOnly), typeof(DateType));
        foreach (var type in typeof(FindingFilter).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Rag.Persistence.Analysis") == true
                     && t is { IsPublic: true, IsClass: true, IsAbstract: false } && t.IsDefined(typeof(System.ComponentModel.DescriptionAttribute), false)))
            schema.RegisterTypeMapping(type, (type.Name.EndsWith("Filter") ? typeof(AnalysisInputType<>) : typeof(AnalysisObjectType<>)).MakeGenericType(type));

        Add<ComparisonMatrixResult, NonNullGraphType<AnalysisObjectType<ComparisonMatrixResult>>>(query, "compareLocalAuthorities",
            "002 Annex 4 as a matrix: headings (grouped) by LAs, each cell the findings with their ratings.",
            [Filter<FindingFilter>()], (s, c) => s.GetRequiredService<ComparisonMatrix>().BuildAsync(Arg(c, FindingFilter.All), c.CancellationToken));
        Add<List<FindingCount>, NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisObjectType<FindingCount>>>>>(query, "findingCounts",
            "Counts of findings grouped by any of LA, heading, heading group and rating.",
            [Filter<FindingFilter>(), new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<CountDimension>>>>>
                { Name = "groupBy", Description = "What to group by." }],
            (s, c) => s.GetRequiredService<FindingCounts>().CountAsync(Arg(c, FindingFilter.All), c.GetArgument<List<CountDimension>>("groupBy"), c.CancellationToken));
        Add<GradeTransitionsResult, NonNullGraphType<AnalysisObjectType<GradeTransitionsResult>>>(query, "gradeTransitions",
            "How the inspected schools' grades moved, per letter and in all, under the documented ordering of grade codes.",
            [Filter<LetterFilter>()], (s, c) => s.GetRequiredService<GradeTransitions>().BuildAsync(Arg(c, new LetterFilter()), c.CancellationToken));
        Add<LaProfileResult?, AnalysisObjectType<LaProfileResult>>(query, "laProfile",
            "One LA: its letter, findings, transitions, schools, SIPs and self-evaluation, each measure with rank, region and England.",
            [new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "localAuthorityId", Description = "The LA's database ID." },
             new QueryArgument<DateType> { Name = "today", Description = "The day to judge SIP measures on (default today)." }],
            (s, c) => s.GetRequiredService<LaProfile>().BuildAsync(c.GetArgument<int>("localAuthorityId"), c.GetArgument<DateOnly?>("today"), c.CancellationToken));
        Add<HeadingProfileResult?, AnalysisObjectType<HeadingProfileResult>>(query, "headingProfile",
            "One heading: every LA's findings side by side, the tally, and the recurring words and phrases.",
            [new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "headingId", Description = "The heading's database ID." }, Filter<FindingFilter>()],
            (s, c) => s.GetRequiredService<HeadingProfile>().BuildAsync(c.GetArgument<int>("headingId"), Arg(c, FindingFilter.All), c.CancellationToken));
        Add<List<WordingPair>, NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisObjectType<WordingPair>>>>>(query, "similarFindings",
            "Pairs of findings in different letters that share wording (Jaccard index of word n-grams), most alike first.",
            [Filter<WordingFilter>()], (s, c) => s.GetRequiredService<RecurringWording>().FindAsync(Arg(c, new WordingFilter()), c.CancellationToken));
        Add<List<LocalAuthorityNeighbours>, NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisObjectType<LocalAuthorityNeighbours>>>>>(query, "similarLocalAuthorities",
            "Each LA's nearest LAs by the RAG-scored profile of its findings across headings, with the shared headings.",
            [Filter<SimilarityFilter>()], (s, c) => s.GetRequiredService<SimilarLocalAuthorities>().FindAsync(Arg(c, new SimilarityFilter()), c.CancellationToken));
        Add<List<LaSipVisits>, NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisObjectType<LaSipVisits>>>>>(query, "sipVisits",
            "Per LA: schools by category, SIP coverage, visits this year against entitlement, long deployments, lapsing accreditations.",
            [Filter<SipVisitFilter>()], (s, c) => s.GetRequiredService<SipVisitAnalysis>().BuildAsync(Arg(c, new SipVisitFilter()), c.CancellationToken));
        Add<SearchResults, NonNullGraphType<AnalysisObjectType<SearchResults>>>(query, "search",
            "Full-text search over findings, their notes and letters' reasons and notes: any case or accent, \"phrases\", ranked, marked.",
            [new QueryArgument<NonNullGraphType<AnalysisInputType<SearchFilter>>> { Name = "filter", Description = "What to search for." }],
            (s, c) => s.GetRequiredService<TextSearch>().SearchAsync(c.GetArgument<SearchFilter>("filter"), c.CancellationToken));
    }

    static QueryArgument Filter<T>() => new QueryArgument<AnalysisInputType<T>> { Name = "filter", Description = "Which records to analyse; all when omitted." };

    static T Arg<T>(IResolveFieldContext context, T fallback) => context.GetArgument<T?>("filter") ?? fallback;

    static void Add<TResult, TGraph>(ObjectGraphType query, string name, string description, QueryArguments arguments,
        Func<IServiceProvider, IResolveFieldContext, Task<TResult>> resolve) where TGraph : IGraphType =>
        query.AddField(new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(TGraph),
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object>(async c => await resolve(c.RequestServices!, c)),
        });
}
