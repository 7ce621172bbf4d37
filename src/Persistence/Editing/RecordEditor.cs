using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Rules;
using Rag.Persistence.Sources;

namespace Rag.Persistence.Editing;

/// <summary>The editing core: one create, update and delete path for every record, shared by GraphQL and the
/// portal. Each call is its own unit of work: it starts from an empty change tracker and leaves nothing pending,
/// so a refused change writes nothing, even when later changes in the same request are saved.</summary>
public sealed class RecordEditor(RagDbContext db, EditScope scope, AuditTrail audit,
    IEnumerable<IEditRule> rules, IEnumerable<IRecordCheck> checks, SourceText sources, TimeProvider clock)
{
    /// <param name="changes">The fields to set, by field name (<see cref="WritableMember.InputName"/>); a
    /// reference is the target's id, an <c>int</c>.</param>
    public Task<EditResult> CreateAsync(EntityDescriptor entity, IReadOnlyDictionary<string, object?> changes, CancellationToken cancellationToken = default) =>
        InUnitOfWork(async () =>
        {
            if (scope.Refuses(entity) is { } refused) return EditResult.Failed(refused);
            var record = (Record)entity.Create();
            var errors = await ChangeBinder.BindAsync(db, sources, entity, record, changes, creating: true, cancellationToken);
            if (errors.Count > 0) return EditResult.Failed([.. errors]);
            Apply(entity, record, changes);
            if (await scope.RefusesAsync(entity, record, cancellationToken) is { } outside) return EditResult.Failed(outside);
            entity.Add(db, record);
            return await SaveAsync(entity, record, AuditAction.Created, cancellationToken);
        });

    public Task<EditResult> UpdateAsync(EntityDescriptor entity, int id, int version, IReadOnlyDictionary<string, object?> changes,
        CancellationToken cancellationToken = default) =>
        InUnitOfWork(async () =>
        {
            if (scope.Refuses(entity) is { } refused) return EditResult.Failed(refused);
            var (record, error) = await FindAsync(entity, id, version, cancellationToken);
            if (error is not null) return EditResult.Failed(error);
            if (await scope.RefusesAsync(entity, record!, cancellationToken) is { } before) return EditResult.Failed(before);
            var errors = await ChangeBinder.BindAsync(db, sources, entity, record!, changes, creating: false, cancellationToken);
            if (errors.Count > 0) return EditResult.Failed([.. errors]);
            Apply(entity, record!, changes);
            if (await scope.RefusesAsync(entity, record!, cancellationToken) is { } after) return EditResult.Failed(after);
            return await SaveAsync(entity, record!, AuditAction.Updated, cancellationToken);
        });

    public Task<EditResult> DeleteAsync(EntityDescriptor entity, int id, int version, CancellationToken cancellationToken = default) =>
        InUnitOfWork(async () =>
        {
            if (scope.Refuses(entity) is { } refused) return EditResult.Failed(refused);
            var (record, error) = await FindAsync(entity, id, version, cancellationToken);
            if (error is not null) return EditResult.Failed(error);
            if (await scope.RefusesAsync(entity, record!, cancellationToken) is { } outside) return EditResult.Failed(outside);
            if (await ReferenceGuard.CheckAsync(db, entity, id, cancellationToken) is { } referenced) return EditResult.Failed(referenced);
            entity.Remove(db, record!);
            return await SaveAsync(entity, record!, AuditAction.Deleted, cancellationToken);
        });

    /// <summary>The domain rules' findings about stored records, by id: what a record's page and its GraphQL
    /// <c>ruleFindings</c> show.</summary>
    public IRecordCheck? CheckOf(EntityDescriptor entity) => checks.FirstOrDefault(c => c.Entity == entity.ClrType);

    /// <summary>Several edits as one change: each is checked and audited as usual, and all are kept only when the
    /// last result succeeds (the first refusal should be returned at once). Putting a school in a new category ends
    /// its current one: if the new one is refused, the old one is not left ended.</summary>
    public async Task<EditResult> TogetherAsync(Func<Task<EditResult>> edits, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await edits();
        if (result.Succeeded) await transaction.CommitAsync(cancellationToken);
        else await transaction.RollbackAsync(cancellationToken);
        return result;
    }

    async Task<EditResult> InUnitOfWork(Func<Task<EditResult>> work)
    {
        db.ChangeTracker.Clear();
        try { return await work(); }
        finally { db.ChangeTracker.Clear(); }
    }

    void Apply(EntityDescriptor entity, Record record, IReadOnlyDictionary<string, object?> changes)
    {
        foreach (var rule in rules.Where(r => r.Entity == entity.ClrType)) rule.Apply(record, changes);
    }

    /// <summary>The record, tracked with the version the editor read as the one the save must still find.</summary>
    async Task<(Record? Record, EditError? Error)> FindAsync(EntityDescriptor entity, int id, int version, CancellationToken cancellationToken)
    {
        if (await entity.FindAsync(db, id, cancellationToken) is not Record record)
            return (null, new NotFoundError($"There is no {Labels.Humanize(entity.Name)} with id {id}; someone may have deleted it.", entity.Name, id));
        if (version != record.Version)
            return (null, Conflict(entity, record));
        db.Entry(record).Property(nameof(Record.Version)).OriginalValue = version;
        return (record, null);
    }

    static ConflictError Conflict(EntityDescriptor entity, Record current) => new(
        $"This {Labels.Humanize(entity.Name).ToLowerInvariant()} was changed by {current.UpdatedBy ?? "someone else"} (version {current.Version}) after you opened it. " +
        "Compare their values with yours and save again.", current.Version, current);

    async Task<EditResult> SaveAsync(EntityDescriptor entity, Record record, AuditAction action, CancellationToken cancellationToken)
    {
        if (action != AuditAction.Deleted && await DuplicateGuard.CheckAsync(db, entity, record, cancellationToken) is { } duplicate)
            return EditResult.Failed(duplicate);
        var changes = audit.Changes(db.Entry((object)record), action);
        try
        {
            // Within TogetherAsync the caller's transaction holds the record and its audit entry.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, entity, record.Id, action, changes);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await entity.FindAsync(db, record.Id, cancellationToken) is Record current
                ? EditResult.Failed(Conflict(entity, current))
                : EditResult.Failed(new NotFoundError($"Someone deleted this {Labels.Humanize(entity.Name).ToLowerInvariant()} while you were editing it.", entity.Name, record.Id));
        }
        catch (DbUpdateException)
        {
            // The guards above ask first; this is a race with another editor between asking and saving.
            return EditResult.Failed(new ConflictError("Someone else changed related records at the same moment. Reload and try again.", null));
        }
        if (action == AuditAction.Deleted || CheckOf(entity) is not { } check) return new EditResult(record, [], []);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (check is IShallowRecordCheck shallow) // the saved record is at hand: read only the collections its rule needs
        {
            foreach (var collection in shallow.Collections) await db.Entry((object)record).Collection(collection).LoadAsync(cancellationToken);
            return new EditResult(record, [], shallow.Check(record, today));
        }
        var found = await check.CheckAsync(db, [record.Id], today, cancellationToken);
        return new EditResult(record, [], found.GetValueOrDefault(record.Id) ?? []);
    }
}
