namespace BoxOffice.Domain;

public sealed class Customer
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? IdNumber { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? PasswordHash { get; set; }
    public bool MarketingOptIn { get; set; }
}

public sealed class Show
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string Venue { get; set; } = "";
    public DateTime StartsAt { get; set; }
    public bool RealNameRequired { get; set; }
    public int MaxTicketsPerBuyer { get; set; } = 6;
    public Dictionary<string, decimal> PriceByZone { get; set; } = new();
}

public sealed class Order
{
    public Guid Id { get; set; }
    public Guid ShowId { get; set; }
    public Guid CustomerId { get; set; }
    public List<Ticket> Tickets { get; set; } = new();
    public decimal Total { get; set; }
    public string Status { get; set; } = "pending";
    public string? PaymentReference { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class Ticket
{
    public Guid Id { get; set; }
    public string Zone { get; set; } = "";
    public string Row { get; set; } = "";
    public int Seat { get; set; }
    public decimal Price { get; set; }
    public string? HolderName { get; set; }
    public string? HolderIdNumber { get; set; }
    public string? QrPayload { get; set; }
}

public sealed record SeatRef(string Zone, string Row, int Seat);
public sealed record TicketHolder(string Name, string IdNumber);
public sealed record PlaceOrder(Guid ShowId, Guid CustomerId, List<SeatRef> Seats, List<TicketHolder>? Holders, string? PromoCode);
public sealed record OrderPlaced(Guid OrderId, Guid CustomerId, string CustomerEmail, string CustomerName, decimal Total);
public sealed record RefundRequested(Guid OrderId, string Reason, string BankAccount, string AccountHolder);
