using System.Collections.Generic;
using System.Configuration;
using System.Data;
using System.Data.SqlClient;
using LexSign.Web.Models;

namespace LexSign.Web.Data
{
    public interface IClientRepository
    {
        Client Get(int id);
        IList<Client> Search(string keyword);
        int Insert(Client c);
    }

    public interface ICaseRepository
    {
        CaseFile Get(int id);
        IList<CaseFile> ByClient(int clientId);
        void UpdateStage(int id, string stage);
    }

    public class ClientRepository : IClientRepository
    {
        private static readonly string ConnStr = ConfigurationManager.ConnectionStrings["LexSign"].ConnectionString;

        public Client Get(int id)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand("SELECT * FROM Client WHERE Id = @id", conn))
            {
                cmd.Parameters.Add("@id", SqlDbType.Int).Value = id;
                conn.Open();
                using (var r = cmd.ExecuteReader())
                {
                    return r.Read() ? Map(r) : null;
                }
            }
        }

        public IList<Client> Search(string keyword)
        {
            var list = new List<Client>();
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand("SELECT TOP 50 * FROM Client WHERE Name LIKE @k OR Mobile = @m OR IdCardNo = @m", conn))
            {
                cmd.Parameters.AddWithValue("@k", "%" + keyword + "%");
                cmd.Parameters.AddWithValue("@m", keyword);
                conn.Open();
                using (var r = cmd.ExecuteReader())
                {
                    while (r.Read())
                    {
                        list.Add(Map(r));
                    }
                }
            }

            return list;
        }

        public int Insert(Client c)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand(
                "INSERT INTO Client (Name, IdCardNo, Mobile, Email, Address, BankAccount, IsCompany, CreditCode) " +
                "VALUES (@n, @i, @m, @e, @a, @b, @c, @cc); SELECT CAST(SCOPE_IDENTITY() AS int);", conn))
            {
                cmd.Parameters.AddWithValue("@n", c.Name);
                cmd.Parameters.AddWithValue("@i", (object)c.IdCardNo ?? System.DBNull.Value);
                cmd.Parameters.AddWithValue("@m", c.Mobile);
                cmd.Parameters.AddWithValue("@e", (object)c.Email ?? System.DBNull.Value);
                cmd.Parameters.AddWithValue("@a", (object)c.Address ?? System.DBNull.Value);
                cmd.Parameters.AddWithValue("@b", (object)c.BankAccount ?? System.DBNull.Value);
                cmd.Parameters.AddWithValue("@c", c.IsCompany);
                cmd.Parameters.AddWithValue("@cc", (object)c.CreditCode ?? System.DBNull.Value);
                conn.Open();
                return (int)cmd.ExecuteScalar();
            }
        }

        private static Client Map(IDataRecord r) => new Client
        {
            Id = (int)r["Id"],
            Name = (string)r["Name"],
            IdCardNo = r["IdCardNo"] as string,
            Mobile = (string)r["Mobile"],
            Email = r["Email"] as string,
            Address = r["Address"] as string,
            BankAccount = r["BankAccount"] as string,
            IsCompany = (bool)r["IsCompany"],
            CreditCode = r["CreditCode"] as string,
        };
    }

    public class CaseRepository : ICaseRepository
    {
        private static readonly string ConnStr = ConfigurationManager.ConnectionStrings["LexSign"].ConnectionString;

        public CaseFile Get(int id)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand("SELECT * FROM CaseFile WHERE Id = @id", conn))
            {
                cmd.Parameters.AddWithValue("@id", id);
                conn.Open();
                using (var r = cmd.ExecuteReader())
                {
                    if (!r.Read())
                    {
                        return null;
                    }

                    return new CaseFile
                    {
                        Id = id,
                        CaseNo = (string)r["CaseNo"],
                        Title = (string)r["Title"],
                        CauseOfAction = (string)r["CauseOfAction"],
                        ClientId = (int)r["ClientId"],
                        OpposingParty = r["OpposingParty"] as string,
                        OpposingPartyIdNo = r["OpposingPartyIdNo"] as string,
                        Court = r["Court"] as string,
                        LeadLawyer = (string)r["LeadLawyer"],
                        Stage = (string)r["Stage"],
                        ClaimAmount = (decimal)r["ClaimAmount"],
                        OpenedOn = (System.DateTime)r["OpenedOn"],
                    };
                }
            }
        }

        public IList<CaseFile> ByClient(int clientId)
        {
            var list = new List<CaseFile>();
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand("SELECT Id FROM CaseFile WHERE ClientId = @c", conn))
            {
                cmd.Parameters.AddWithValue("@c", clientId);
                conn.Open();
                var ids = new List<int>();
                using (var r = cmd.ExecuteReader())
                {
                    while (r.Read())
                    {
                        ids.Add(r.GetInt32(0));
                    }
                }

                foreach (var id in ids)
                {
                    list.Add(Get(id));
                }
            }

            return list;
        }

        public void UpdateStage(int id, string stage)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand("UPDATE CaseFile SET Stage = @s WHERE Id = @id", conn))
            {
                cmd.Parameters.AddWithValue("@s", stage);
                cmd.Parameters.AddWithValue("@id", id);
                conn.Open();
                cmd.ExecuteNonQuery();
            }
        }
    }
}
