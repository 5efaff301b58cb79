using System;
using System.Data.SqlClient;
using System.IO;
using System.Windows.Forms;
using Kinder.Desk.Common;

namespace Kinder.Desk.Forms
{
    /// <summary>离园接送核验：刷卡 + 照片比对</summary>
    public class PickupForm : Form
    {
        private readonly StaffUser _user;
        private readonly TextBox txtCard = new TextBox { Dock = DockStyle.Top };
        private readonly PictureBox pic = new PictureBox { Dock = DockStyle.Fill, SizeMode = PictureBoxSizeMode.Zoom };
        private readonly Label lbl = new Label { Dock = DockStyle.Bottom, Height = 40 };

        public PickupForm(StaffUser user)
        {
            _user = user;
            Text = "接送核验";
            Controls.AddRange(new Control[] { pic, txtCard, lbl });
            txtCard.KeyDown += OnCard;
        }

        private void OnCard(object sender, KeyEventArgs e)
        {
            if (e.KeyCode != Keys.Enter) return;
            var card = txtCard.Text.Trim();
            var dt = DbHelper.Query(@"select p.name, p.relation, p.mobile, p.id_card_no, p.photo_path, c.name child_name
                    from pickup_person p join child c on c.id=p.child_id where p.card_no=@card and p.enabled=1",
                new SqlParameter("@card", card));
            if (dt.Rows.Count == 0)
            {
                LogHelper.Warn("未授权接送卡：" + card);
                lbl.Text = "未授权接送人！请联系班主任";
                return;
            }
            var r = dt.Rows[0];
            pic.ImageLocation = (string)r["photo_path"];
            lbl.Text = string.Format("{0}（{1}）接 {2}", r["name"], r["relation"], r["child_name"]);
            LogHelper.Op(_user.LoginName, "接送", string.Format("{0} {1} {2} 接走 {3}", r["name"], r["mobile"], r["id_card_no"], r["child_name"]));
            File.AppendAllText(@"C:\KinderDesk\pickup.txt", DateTime.Now + "\t" + r["child_name"] + "\t" + r["name"] + "\t" + r["mobile"] + Environment.NewLine);
        }
    }
}
