import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Shown when the Excel running the pane lacks ExcelApi 1.7 (Excel 2016 without updates). */
export function OldExcel() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Versi Excel ini terlalu lama</MessageBarTitle>
        Capaian Kinerja memerlukan Excel untuk Microsoft 365, Excel 2021 atau yang lebih baru, Excel
        2019, Excel di web, atau Excel untuk Mac versi 16.17 ke atas. Di Excel ini Anda tetap dapat
        memakai halaman Capaian Kinerja di peramban (buka berkas .xlsx, hasil diunduh kembali) atau
        perintah <code>capaian</code> di komputer.
      </MessageBarBody>
    </MessageBar>
  );
}
