using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Calibration;

/// <summary>
/// Who reads calibration (docs/security.md, "Calibration"): HR admins, and the people HR invited into a session — who read
/// that session, its people and nothing else. Managing someone in it gives no right to it.
/// </summary>
public sealed class CalibrationAccess(TandemDb db, Reach reach)
{
    public IQueryable<CalibrationSession> Readable()
    {
        if (reach.IsHrAdmin) return db.CalibrationSessions;
        var me = reach.Me;
        var mine = db.CalibrationParticipants.Where(p => p.PersonId == me).Select(p => p.SessionId);
        return db.CalibrationSessions.Where(s => mine.Contains(s.Id));
    }
}
