using System;
using System.Collections.Generic;

namespace LexSign.Web.Models
{
    /// <summary>委托人 — a client of the firm (a person or a company).</summary>
    public class Client
    {
        public int Id { get; set; }
        public string Name { get; set; }
        public string IdCardNo { get; set; }
        public string Mobile { get; set; }
        public string Email { get; set; }
        public string Address { get; set; }
        public string BankAccount { get; set; }
        public bool IsCompany { get; set; }
        public string CreditCode { get; set; }
    }

    public class CaseFile
    {
        public int Id { get; set; }
        public string CaseNo { get; set; }
        public string Title { get; set; }
        public string CauseOfAction { get; set; }
        public int ClientId { get; set; }
        public string OpposingParty { get; set; }
        public string OpposingPartyIdNo { get; set; }
        public string Court { get; set; }
        public string LeadLawyer { get; set; }
        public string Stage { get; set; }
        public decimal ClaimAmount { get; set; }
        public DateTime OpenedOn { get; set; }
        public List<Party> Parties { get; set; } = new List<Party>();
    }

    public class Party
    {
        public string Role { get; set; }
        public string Name { get; set; }
        public string IdNo { get; set; }
        public string Phone { get; set; }
    }

    public class ClientListItem
    {
        public int Id { get; set; }
        public string Name { get; set; }
        public string MobileMasked { get; set; }
        public int OpenCases { get; set; }
    }

    public class SignRequest
    {
        public int CaseId { get; set; }
        public string DocumentName { get; set; }
        public byte[] Pdf { get; set; }
        public List<Party> Signers { get; set; } = new List<Party>();
    }
}
