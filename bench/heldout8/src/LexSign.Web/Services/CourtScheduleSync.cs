using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using LexSign.Web.Data;
using LexSign.Web.Models;
using log4net;
using Newtonsoft.Json;

namespace LexSign.Web.Services
{
    /// <summary>Pulls hearing dates from the court portal for our open cases (runs from a scheduled task).</summary>
    public class CourtScheduleSync
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(CourtScheduleSync));
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://portal.zjcourt.gov.cn/api/") };

        private readonly ICaseRepository _cases;

        public CourtScheduleSync(ICaseRepository cases) => _cases = cases;

        public async Task<IList<Hearing>> SyncAsync(IEnumerable<int> caseIds)
        {
            var hearings = new List<Hearing>();
            foreach (var id in caseIds)
            {
                var file = _cases.Get(id);
                if (file?.Court == null)
                {
                    continue;
                }

                var resp = await Http.GetAsync("hearings?caseNo=" + Uri.EscapeDataString(file.CaseNo));
                if (!resp.IsSuccessStatusCode)
                {
                    Log.Debug("hearing lookup failed, case file: " + JsonConvert.SerializeObject(file));
                    continue;
                }

                var list = JsonConvert.DeserializeObject<List<Hearing>>(await resp.Content.ReadAsStringAsync());
                hearings.AddRange(list);
                Log.InfoFormat("case {0}: {1} hearings", file.CaseNo, list.Count);
            }

            return hearings;
        }
    }

    public class Hearing
    {
        public string CaseNo { get; set; }
        public DateTime At { get; set; }
        public string Room { get; set; }
        public string Judge { get; set; }
    }
}
