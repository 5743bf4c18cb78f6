//! scratch
fn main() {
    let t = std::env::args().nth(1).unwrap();
    for x in dealline::timex::scan(&t) {
        println!("{:?} {:?}", &t[x.span.clone()], x.expr);
    }
}
