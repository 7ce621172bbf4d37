using System.Diagnostics;
using Rag.Testing;

namespace Rag.Api.Tests.Limits;

/// <summary>Argument values sent as variables count toward the limits, so no list can overflow the stack.</summary>
public class InputLimitTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    static object[] Repeat(object item, int count) => Enumerable.Repeat(item, count).ToArray();

    async Task AssertStillAnswers() =>
        Assert.Equal(9, (int)(await api.CreateClient().DataAsync("{ regions { totalCount } }"))["regions"]!["totalCount"]!);

    [Fact]
    public async Task ShouldRefuseAnOrderVariableOf15000EntriesAndStayUp()
    {
        var answer = await api.CreateClient().PostAsync("query($order: [RegionSortInput!]) { regions(order: $order) { totalCount } }",
            new { order = Repeat(new { id = "ASC" }, 15_000) });

        Assert.Equal(["INPUT_LIST_LIMIT"], answer.Codes());
        await AssertStillAnswers();
    }

    [Fact]
    public async Task ShouldRefuseAnOrVariableOf8000ConditionsAndStayUp()
    {
        var answer = await api.CreateClient().PostAsync("query($or: [LocalAuthorityFilterInput!]) { localAuthorities(where: { or: $or }) { totalCount } }",
            new { or = Repeat(new { name = new { eq = "Leeds" } }, 8_000) });

        Assert.Equal(["INPUT_LIST_LIMIT"], answer.Codes());
        await AssertStillAnswers();
    }

    [Fact]
    public async Task ShouldRefuseAnInListOf20000Values()
    {
        var watch = Stopwatch.StartNew();
        var answer = await api.CreateClient().PostAsync("query($names: [String]) { localAuthorities(where: { name: { in: $names } }) { totalCount } }",
            new { names = Enumerable.Range(0, 20_000).Select(i => $"LA {i}").ToArray() });

        Assert.Equal(["INPUT_LIST_LIMIT"], answer.Codes());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task ShouldRefuseAnInputNestedTooDeep()
    {
        object where = new { name = new { eq = "Leeds" } };
        for (var i = 0; i < 20; i++) where = new { and = new[] { where } };
        var answer = await api.CreateClient().PostAsync("query($where: LocalAuthorityFilterInput) { localAuthorities(where: $where) { totalCount } }", new { where });

        Assert.Equal(["INPUT_DEPTH_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseTooManyValuesInAllVariablesTogether()
    {
        var lists = Enumerable.Range(0, 12).ToDictionary(i => $"v{i}", _ => (object)Enumerable.Range(0, 1_000).Select(n => $"LA {n}").ToArray());
        var answer = await api.CreateClient().PostAsync("{ regions { totalCount } }", lists);

        Assert.Equal(["INPUT_VALUE_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseAnInListWrittenInTheDocumentThatIsTooLong()
    {
        var names = string.Join(",", Enumerable.Range(0, 1_200).Select(i => i.ToString()));
        var answer = await api.CreateClient().PostAsync($"{{ fsiLetters(where: {{ schoolCount: {{ in: [{names}] }} }}) {{ totalCount }} }}");

        Assert.Equal(["INPUT_LIST_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseAFilterWithMoreConditionsThanTheDatabaseCanParse()
    {
        var or = Enumerable.Range(0, 1_000).Select(i => new { name = new { eq = $"Nowhere {i}" } });
        var answer = await api.CreateClient().PostAsync("query($or: [LocalAuthorityFilterInput!]) { localAuthorities(where: { or: $or }) { totalCount } }",
            new { or });

        Assert.Equal(["FILTER_LIMIT"], answer.Codes());
    }

    [Fact]
    public async Task ShouldRefuseMoreSortFieldsThanAnyQuestionNeeds()
    {
        var answer = await api.CreateClient().PostAsync("query($order: [RegionSortInput!]) { regions(order: $order) { totalCount } }",
            new { order = Repeat(new { name = "ASC" }, 50) });

        Assert.Equal(["SORT_LIMIT"], answer.Codes());
    }
}
