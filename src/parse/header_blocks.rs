//! The blocks of a letter's head: consecutive lines of one field form one
//! block (an addressee or a subject wrapped over lines, a run of sidebar
//! lines).
//!
//! A `pdftotext -layout` extraction sets the sidebar column beside the
//! addressee, and [`super::columns`] splits each such line in two: read in
//! line order the addressee and the ministry's address alternate ("Aan de
//! Voorzitter …", "Directoraat-generaal", "der Staten-Generaal", "Straffen en
//! Beschermen", …). The column's pieces between and right after a field's
//! lines are taken out of it and follow it, as the sidebar beside a
//! paragraph of the body does.

use super::kamerbrief::Role;
use crate::document::MetaField;

/// One block of the head: its lines (indices, in order) and their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct HeadBlock {
    pub lines: Vec<usize>,
    pub role: Role,
}

/// The head's blocks, in the order they are shown, from the lines before
/// `header_end`. Blank and body lines belong to none.
pub(super) fn head_blocks(roles: &[Role], in_column: &[bool], header_end: usize) -> Vec<HeadBlock> {
    let beside = |k: usize| in_column[k] && matches!(roles[k], Role::Folded(_));
    let mut out = Vec::new();
    let mut i = 0;
    while i < header_end {
        let role = roles[i];
        if matches!(role, Role::Blank | Role::Body) {
            i += 1;
            continue;
        }
        let field = matches!(
            role,
            Role::Header(MetaField::Addressee | MetaField::Subject)
        );
        let runs_on = field || matches!(role, Role::Folded(_));
        let mut own = vec![i];
        let mut column = Vec::new();
        let mut j = i + 1;
        while runs_on && j < header_end {
            if roles[j] == role {
                own.push(j);
                j += 1;
            } else if field && beside(j) {
                // Pieces of the column beside the field: taken out when the
                // field goes on under them, or when they end its block.
                let after = (j..header_end).find(|&k| !beside(k)).unwrap_or(header_end);
                if after < header_end && roles[after] == role {
                    column.extend(j..after);
                    j = after;
                } else {
                    if !column.is_empty() {
                        column.extend(j..after);
                        j = after;
                    }
                    break;
                }
            } else {
                break;
            }
        }
        out.push(HeadBlock { lines: own, role });
        // The column's pieces, as runs of one reason each.
        let mut k = 0;
        while k < column.len() {
            let reason = roles[column[k]];
            let mut lines = vec![column[k]];
            k += 1;
            while k < column.len() && roles[column[k]] == reason {
                lines.push(column[k]);
                k += 1;
            }
            out.push(HeadBlock {
                lines,
                role: reason,
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::FoldReason;

    const ADDR: Role = Role::Header(MetaField::Addressee);
    const SIDE: Role = Role::Folded(FoldReason::Sidebar);
    const DATE: Role = Role::Header(MetaField::Date);

    fn blocks(roles: &[Role], in_column: &[bool]) -> Vec<(Vec<usize>, Role)> {
        head_blocks(roles, in_column, roles.len())
            .into_iter()
            .map(|b| (b.lines, b.role))
            .collect()
    }

    #[test]
    fn an_addressee_beside_the_column_is_one_block_and_the_column_follows_it() {
        // Aan de Voorzitter | Directoraat-generaal / der Staten-Generaal |
        // Straffen en Beschermen / 2500 EA DEN HAAG | en Jeugd
        let roles = [ADDR, SIDE, ADDR, SIDE, ADDR, SIDE, Role::Blank, DATE];
        let col = [false, true, false, true, false, true, false, false];
        assert_eq!(
            blocks(&roles, &col),
            vec![
                (vec![0, 2, 4], ADDR),
                (vec![1, 3, 5], SIDE),
                (vec![7], DATE)
            ]
        );
    }

    #[test]
    fn folded_lines_of_the_body_column_stay_where_they_are() {
        // Without a column, a folded line between addressee lines (furniture
        // of the left column) still ends the block: only the column's pieces
        // are taken out.
        let roles = [ADDR, SIDE, ADDR];
        assert_eq!(
            blocks(&roles, &[false, false, false]),
            vec![(vec![0], ADDR), (vec![1], SIDE), (vec![2], ADDR)]
        );
        // A column piece after a date is not the date's.
        let roles = [DATE, SIDE, SIDE];
        assert_eq!(
            blocks(&roles, &[false, true, true]),
            vec![(vec![0], DATE), (vec![1, 2], SIDE)]
        );
    }

    #[test]
    fn column_pieces_after_a_one_line_field_stay_in_place() {
        // "Betreft  X" then "Contactpersoon" beside nothing more of the
        // subject: nothing to take out, the order is the line order.
        let subj = Role::Header(MetaField::Subject);
        let roles = [subj, SIDE, SIDE, Role::Blank, ADDR];
        assert_eq!(
            blocks(&roles, &[false, true, true, false, false]),
            vec![(vec![0], subj), (vec![1, 2], SIDE), (vec![4], ADDR)]
        );
    }

    #[test]
    fn column_pieces_of_other_reasons_keep_their_own_blocks() {
        let foot = Role::Folded(FoldReason::PageFooter);
        let roles = [ADDR, SIDE, ADDR, foot, ADDR];
        let col = [false, true, false, true, false];
        assert_eq!(
            blocks(&roles, &col),
            vec![(vec![0, 2, 4], ADDR), (vec![1], SIDE), (vec![3], foot)]
        );
    }
}
