using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Paging;

namespace Rag.Api.Tests.Hardening;

/// <summary>A generated, bounded corpus of hostile requests, the same on every run (fixed seed). Each kind is a
/// small generator; together they make a little over 5,000 cases.</summary>
public static class BadInputCorpus
{
    public static IReadOnlyList<BadInput> Build(int seed = 8)
    {
        var random = new Random(seed);
        return
        [
            .. Take(400, () => MalformedJson(random)),
            .. Take(400, () => WrongTypes(random)),
            .. Take(150, () => HugeStrings(random)),
            .. Take(200, () => DeepNesting(random)),
            .. Take(150, () => AliasBombs(random)),
            .. Take(150, () => FragmentBombs(random)),
            .. Take(600, () => BadCursors(random)),
            .. Take(600, () => BadIds(random)),
            .. Take(900, () => InjectionAndWildcards(random)),
            .. Take(600, () => OddUnicode(random)),
            .. Take(150, () => HugeLists(random)),
            .. Take(800, () => Mutations(random)),
            .. Take(200, () => OddHttp(random)),
        ];
    }

    static IEnumerable<BadInput> Take(int count, Func<BadInput> next) => Enumerable.Range(0, count).Select(_ => next());

    static string Request(string query, object? variables = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonSerializer.SerializeToNode(variables) }.ToJsonString();

    static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    static readonly string[] Connections = ["regions", "localAuthorities", "fsiLetters", "fsiFindings", "schools", "sips", "gradeCodes"];
    static readonly string[] TextFields = ["name", "curatorNote"];
    static readonly string[] TextOperations = ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "in", "nin"];

    static BadInput MalformedJson(Random random)
    {
        var valid = Request("{ regions(first: 3) { nodes { name } } }", new { n = 1 });
        var body = random.Next(6) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => valid.Remove(random.Next(valid.Length), 1).Insert(random.Next(valid.Length - 1), ((char)random.Next(32, 127)).ToString()),
            2 => new string('[', random.Next(10, 5_000)),
            3 => Encoding.Latin1.GetString(Enumerable.Range(0, random.Next(1, 300)).Select(_ => (byte)random.Next(256)).ToArray()),
            4 => "{\"query\": \"{ regions { totalCount } }\", \"query\": " + random.Next() + "}",
            _ => Pick(random, ["", "null", "true", "1e999999", "{\"query\": \"\\u00\"}", "{'query': '{ regions { totalCount } }'}", "\uFEFF{\"query\": 1}", "{\"query\": \"{}\" /* c */}"]),
        };
        return new("malformed JSON", body);
    }

    static BadInput WrongTypes(Random random) => new("wrong types", random.Next(8) switch
    {
        0 => $"{{\"query\": {Pick(random, ["1", "[]", "{}", "true", "[\"{ regions { totalCount } }\"]"])}}}",
        1 => $"{{\"query\": \"{{ regions {{ totalCount }} }}\", \"variables\": {Pick(random, ["1", "\"x\"", "[1]", "true"])}}}",
        2 => $"{{\"query\": \"{{ regions {{ totalCount }} }}\", \"operationName\": {Pick(random, ["1", "[]", "{}"])}}}",
        3 => Request("query($n: Int!) { regions(first: $n) { totalCount } }", new { n = Pick<object>(random, ["x", 1e40, 2147483648L, -1, 1.5, true, new[] { 1 }]) }),
        4 => Request("query($r: RagRating) { fsiFindings(where: { rag: { eq: $r } }) { totalCount } }", new { r = Pick<object>(random, ["PURPLE", 1, "red", ""]) }),
        5 => Request($"{{ regions(first: {Pick(random, ["\"3\"", "3.5", "-5", "99999999999", "null", "[3]", "{a: 1}"])}) {{ totalCount }} }}"),
        6 => Request("query($d: Date) { fsiLetters(where: { letterDate: { eq: $d } }) { totalCount } }", new { d = Pick(random, ["2013-02-30", "yesterday", "0000-00-00", "9999-99-99", "2013-02-19T00:00:00"]) }),
        _ => Request($"{{ fsiLetters(where: {{ schoolCount: {{ gt: {Pick(random, ["\"x\"", "1e99", "true", "RED"])} }} }}) {{ totalCount }} }}"),
    });

    static BadInput HugeStrings(Random random)
    {
        var size = Pick(random, [5_000, 50_000, 200_000, 255_000, 300_000, 1_000_000]);
        var text = new string((char)random.Next('a', 'z' + 1), size);
        return new("huge strings", random.Next(4) switch
        {
            0 => Request("query($v: String) { localAuthorities(where: { name: { contains: $v } }) { totalCount } }", new { v = text }),
            1 => Request("{ regions { totalCount } } # " + text),
            2 => Request("{ regions(where: { name: { eq: \"" + text + "\" } }) { totalCount } }"),
            _ => Request("{ " + text + " }"),
        });
    }

    static BadInput DeepNesting(Random random)
    {
        var depth = random.Next(16, 400);
        return new("deep nesting", random.Next(4) switch
        {
            0 => Request(string.Concat(Enumerable.Repeat("{ regions { nodes { localAuthorities { region ", depth / 4)) + "{ name" + new string('}', depth)),
            1 => "{\"query\": \"query($w: RegionFilterInput) { regions(where: $w) { totalCount } }\", \"variables\": {\"w\": " +
                string.Concat(Enumerable.Repeat("{\"and\": [", depth)) + "{}" + string.Concat(Enumerable.Repeat("]}", depth)) + "}}",
            2 => Request("{ regions(where: " + string.Concat(Enumerable.Repeat("{ and: [", depth)) + "{}" + string.Concat(Enumerable.Repeat("] }", depth)) + ") { totalCount } }"),
            _ => Request("{ regions(where: " + string.Concat(Enumerable.Repeat("{ localAuthorities: { some: { region: ", depth / 3)) + "{}" +
                string.Concat(Enumerable.Repeat("} } }", depth / 3)) + ") { totalCount } }"),
        });
    }

    static BadInput AliasBombs(Random random)
    {
        var count = random.Next(20, 3_000);
        var field = Pick(random, ["regions { totalCount }", "fsiFindings(first: 500) { nodes { text } }", "__schema { types { name } }", "__typename"]);
        return new("alias and field bombs", Request("{ " + string.Concat(Enumerable.Range(0, count).Select(i => random.Next(2) == 0 ? $"a{i}: {field} " : field + " ")) + "}"));
    }

    static BadInput FragmentBombs(Random random)
    {
        var levels = random.Next(5, 60);
        var fragments = new StringBuilder();
        for (var i = 0; i < levels; i++)
            fragments.Append($"fragment F{i} on Region {{ name {(i + 1 < levels ? $"...F{i + 1} ...F{i + 1}" : "")} localAuthorities {{ region {{ ...F{(random.Next(3) == 0 ? 0 : Math.Min(i + 1, levels - 1))} }} }} }} ");
        var spreads = random.Next(3) == 0 ? "...F0 ...F0 ...F0" : "...F0";
        return new("fragment bombs", Request($"{{ regions(first: 500) {{ nodes {{ {spreads} }} }} }} {fragments}"));
    }

    static BadInput BadCursors(Random random)
    {
        var cursor = random.Next(7) switch
        {
            0 => ConnectionResolver.Encode(random.Next()),
            1 => B64(Pick(random, ["-1", "2147483647", "2147483648", "99999999999999999999999999", "1e3", "0x10", " 1", "1 ", "+1", "", "١٢"])),
            2 => B64(random.NextInt64().ToString()),
            3 => Garbage(random, random.Next(0, 60)),
            4 => GlobalId.Encode("Region", random.Next()),
            5 => new string('A', random.Next(1, 5_000)),
            _ => B64(Garbage(random, 12)),
        };
        var argument = Pick(random, ["after", "before"]);
        var size = Pick(random, ["first: 3", "last: 3", "first: 0", "last: 500", ""]);
        return new("bad cursors", Request($"query($c: String) {{ {Pick(random, Connections)}({argument}: $c {(size == "" ? "" : ", " + size)}) {{ totalCount pageInfo {{ startCursor endCursor hasNextPage }} nodes {{ id }} }} }}", new { c = cursor }));
    }

    static BadInput BadIds(Random random)
    {
        var id = random.Next(7) switch
        {
            0 => Garbage(random, random.Next(0, 40)),
            1 => GlobalId.Encode(Pick(random, ["Region", "Nope", "", "FsiLetter", "region", "Region\0"]), random.Next(int.MinValue, int.MaxValue)),
            2 => B64(Pick(random, ["Region:", ":1", "Region:1:2", "Region:abc", "Region:99999999999", "Region:-0", "Region: 1"])),
            3 => B64(Garbage(random, random.Next(1, 30))),
            4 => GlobalId.Encode("Region", random.Next(1, 12)),
            5 => new string('=', random.Next(1, 100)),
            _ => "UmVnaW9uOjE" + Pick(random, ["", "=", "==", "===", "!"]),
        };
        return new("bad ids", random.Next(4) switch
        {
            0 => Request("query($id: ID!) { node(id: $id) { id ... on Region { name } } }", new { id }),
            1 => Request("query($id: ID!) { region(id: $id) { name } }", new { id }),
            2 => Request("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { id, id, GlobalId.Encode("Region", 1) } }),
            _ => Request("query($id: ID) { regions(where: { id: { eq: $id } }) { totalCount } }", new { id }),
        });
    }

    static readonly string[] Injections =
    [
        "'; DROP TABLE \"Regions\"; --", "\" OR 1=1 --", "' OR '1'='1", "%", "_", "%%", "__", "%_%", "\\", "\\%", "[a-z]%", "*",
        "Leeds%", "%Leeds", "L_eds", "'", "\"", "`", "$1", "?", "@p0", ":name", "1; SELECT pg_sleep(10)", "$(rm -rf /)",
        "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "ESCAPE '\\'", "/*", "*/", "--",
    ];

    static BadInput InjectionAndWildcards(Random random)
    {
        var value = Pick(random, Injections);
        if (random.Next(3) == 0) value = Pick(random, ["Lee", "North", "ham", "shire", ""]) + value + Pick(random, ["", "ds", "%"]);
        var operation = Pick(random, TextOperations);
        object operand = operation is "in" or "nin" ? new[] { value, "Leeds" } : value;
        return new("injection and wildcards", Request(
            $"query($v: {(operation is "in" or "nin" ? "[String]" : "String")}) {{ {Pick(random, ["regions", "localAuthorities", "schools", "sips"])}(where: {{ {Pick(random, TextFields)}: {{ {operation}: $v }} }}) {{ totalCount nodes {{ id }} }} }}",
            new { v = operand }));
    }

    static readonly string[] OddCharacters =
    [
        "\0", "\u0001", "\u001f", "\u007f", "\u200b", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff",
        "\ud800", "\udfff", "\ud83d\ude00", "e\u0301", "\u0130", "\u0131", "ß", "ﬀ", "Å", "\u00a0", "\t", "\r\n", "𝕃𝕖𝕖𝕕𝕤",
    ];

    static BadInput OddUnicode(Random random)
    {
        var value = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, OddCharacters)));
        if (random.Next(2) == 0) value = "Lee" + value + "ds";
        return new("NUL and odd unicode", random.Next(4) switch
        {
            0 => Request($"query($v: String) {{ localAuthorities(where: {{ name: {{ {Pick(random, TextOperations.Where(o => o is not ("in" or "nin")).ToArray())}: $v }} }}) {{ totalCount }} }}", new { v = value }),
            1 => Request("{ regions { totalCount } } # " + value),
            2 => Request("{ regions(where: { name: { eq: " + JsonSerializer.Serialize(value) + " } }) { totalCount } }"),
            _ => Request("query Op" + value + " { regions { totalCount } }"),
        });
    }

    static BadInput HugeLists(Random random)
    {
        var count = Pick(random, [1_001, 2_500, 8_000, 15_000, 20_000]);
        return new("huge variable lists", random.Next(5) switch
        {
            0 => Request("query($o: [RegionSortInput!]) { regions(order: $o) { totalCount } }", new { o = Enumerable.Repeat(new { id = "ASC" }, count) }),
            1 => Request("query($w: [LocalAuthorityFilterInput!]) { localAuthorities(where: { or: $w }) { totalCount } }",
                new { w = Enumerable.Range(0, count).Select(i => new { name = new { eq = $"L{i}" } }) }),
            2 => Request("query($v: [String]) { localAuthorities(where: { name: { in: $v } }) { totalCount } }", new { v = Enumerable.Range(0, count).Select(i => $"L{i}") }),
            3 => Request("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(1, count).Select(i => GlobalId.Encode("Region", i % 20)) }),
            _ => Request("query($w: [LocalAuthorityFilterInput!]) { localAuthorities(where: { and: $w }) { totalCount } }",
                new { w = Enumerable.Range(0, count).Select(i => new { name = new { neq = $"L{i}" } }) }),
        });
    }

    static BadInput Mutations(Random random)
    {
        var region = GlobalId.Encode("Region", random.Next(1, 10));
        var stale = Pick(random, [1, 2, 7, -1, int.MaxValue, int.MinValue]);
        var payload = "errors { __typename ... on Error { message } }";
        var (query, variables, editor) = random.Next(8) switch
        {
            0 => ("mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { id } " + payload + " } }", (object)new { i = new { id = region, version = stale, name = "Changed" } }, true),
            1 => ("mutation($i: DeleteRegionInput!) { deleteRegion(input: $i) { region { id } " + payload + " } }", new { i = new { id = region, version = stale } }, true),
            2 => ("mutation($i: CreateRegionInput!) { createRegion(input: $i) { region { id } " + payload + " } }", new { i = new { order = 3 } }, true),
            3 => ("mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { id } " + payload + " } }", new { i = new { name = "No id" } }, true),
            4 => ("mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { id } " + payload + " } }",
                new { i = new { id = Pick(random, [GlobalId.Encode("FsiLetter", 1), "garbage", GlobalId.Encode("Region", 99_999)]), version = 0, name = "Wrong id" } }, true),
            5 => ("mutation($i: CreateRegionInput!) { createRegion(input: $i) { region { id } " + payload + " } }", new { i = new { name = "Unauthenticated" } }, false),
            6 => ("mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { id } " + payload + " } }",
                new { i = new { id = region, version = Pick<object>(random, ["0", 0.5, "x", 1e20]), name = "Wrong version type" } }, true),
            _ => ("mutation($i: UpdateLocalAuthorityInput!) { updateLocalAuthority(input: $i) { localAuthority { id } " + payload + " } }",
                new { i = new { id = GlobalId.Encode("LocalAuthority", random.Next(1, 150)), version = stale, name = Pick(random, Injections) } }, true),
        };
        return new("mutations: stale versions, missing fields", Request(query, variables), AsEditor: editor);
    }

    static BadInput OddHttp(Random random) => random.Next(6) switch
    {
        0 => new("odd HTTP", "", "GET", QueryString: "?query=" + Uri.EscapeDataString("mutation { deleteRegion(input: { id: \"UmVnaW9uOjE=\", version: 0 }) { errors { __typename } } }")),
        1 => new("odd HTTP", Request("{ regions { totalCount } }"), ContentType: Pick(random, ["text/plain", "application/xml", "multipart/form-data", "application/graphql"])),
        2 => new("odd HTTP", "", "GET", QueryString: Pick(random, ["", "?query=", "?query=%7B", "?query={regions{totalCount}}&variables=%5B", "?query={regions{totalCount}}&variables=x", "?query={regions{totalCount}}&extensions=1"])),
        3 => new("odd HTTP", Request("{ regions { totalCount } }"), Accept: Pick(random, ["text/csv", "*/*", "application/*", "application/graphql-response+json;q=0", "image/png, */*;q=0.1", "garbage"])),
        4 => new("odd HTTP", "", "GET", QueryString: "?query=" + Uri.EscapeDataString("{ regions { totalCount } }") + "&operationName=" + Garbage(random, 10)),
        _ => new("odd HTTP", Request("query A { regions { totalCount } } query B { regions { totalCount } }")),
    };

    static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    static string Garbage(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(33, 127)).ToArray());
}
