namespace Tandem.Data;

/// <summary>Time-ordered ids (UUID v7): index-friendly, sortable by creation, safe to expose.</summary>
public static class Ids
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());
}
