using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Rag.Testing;

namespace Rag.Api.Tests.Hardening;

/// <summary>A SHA-256 of every row of every table the model maps, in key order: equal before and after means the
/// database is unchanged.</summary>
public static class DatabaseChecksum
{
    public static Task<string> ComputeAsync(TestDatabase database) => database.WithContextAsync(async db =>
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null)
            .Select(t => (Name: sql.DelimitIdentifier(t.GetTableName()!, t.GetSchema()), Key: sql.DelimitIdentifier(t.FindPrimaryKey()!.Properties[0].GetColumnName())))
            .Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, key) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {name} ORDER BY {key}";
            await using var reader = await command.ExecuteReaderAsync();
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            while (await reader.ReadAsync()) hash.AppendData(Encoding.UTF8.GetBytes(Row(reader)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    static string Row(DbDataReader reader) =>
        string.Join("\u001f", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))) + "\u001e";
}
