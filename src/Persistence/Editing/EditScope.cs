using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Editing;

/// <summary>What the editor may change. An LA editor changes only their LAs' own records (schools and what is
/// about them, visits' report sections, self-evaluations, readiness evaluations, SIP reviews), as SIPmanager let
/// "local authority staff view and maintain local data"; the same check serves the portal and GraphQL because both
/// call the editing core. Records of no one LA stay with editors: among them a SIP's working areas, which are the
/// SIP's own statement of where they will work, that an LA searches and allocates by but does not set (003 lines
/// 1296-1297), and which may name a whole region.</summary>
public sealed class EditScope(RagDbContext db, IEditor editor)
{
    /// <summary>Records an LA editor may touch at all: those that belong to one LA.</summary>
    public static bool IsLocal(Type entity) =>
        entity.IsAssignableTo(typeof(IBelongsToLocalAuthority)) || entity.IsAssignableTo(typeof(IBelongsToSchool))
        || entity.IsAssignableTo(typeof(IBelongsToVisit));

    public ForbiddenError? Refuses(EntityDescriptor entity)
    {
        if (!editor.MayEdit) return new ForbiddenError("Your account can read records but not change them.");
        if (editor.LocalAuthorities is not null && !IsLocal(entity.ClrType))
            return new ForbiddenError($"As an LA editor you can change your LAs' schools and their records, not {Labels.Humanize(entity.Name).ToLowerInvariant()} records.");
        return null;
    }

    /// <summary>Refuses a record outside the editor's LAs, as stored before a change and as it would be after.</summary>
    public async Task<ForbiddenError?> RefusesAsync(EntityDescriptor entity, Record record, CancellationToken cancellationToken)
    {
        if (editor.LocalAuthorities is not { } mine) return null;
        var la = record switch
        {
            IBelongsToLocalAuthority own => own.LocalAuthorityId,
            IBelongsToSchool about => await db.Schools.Where(s => s.Id == about.SchoolId).Select(s => (int?)s.LocalAuthorityId).SingleOrDefaultAsync(cancellationToken),
            IBelongsToVisit section => await db.Visits.Where(v => v.Id == section.VisitId).Select(v => (int?)v.School!.LocalAuthorityId).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return la is int id && mine.Contains(id) ? null
            : new ForbiddenError("This record belongs to a local authority you are not assigned to.");
    }
}
