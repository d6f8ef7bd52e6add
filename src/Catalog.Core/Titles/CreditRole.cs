namespace Catalog.Core.Titles;

public enum CreditRole
{
    Actor,
    Director,
    Writer,
    Creator,
    VfxVendor,
}
