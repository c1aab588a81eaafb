import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Placeholder pane: the analysis pipeline runs from the CLI today; the pane that drives it is being built. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">ITA Analyzer</Title3>
      <Body1>
        แผงงานนี้อยู่ระหว่างการพัฒนา ขณะนี้ใช้คำสั่ง <code>npm run analyze</code> เพื่อวิเคราะห์สมุดงานได้
      </Body1>
    </main>
  );
}
